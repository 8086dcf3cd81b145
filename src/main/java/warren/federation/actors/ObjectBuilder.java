package warren.federation.actors;

import java.util.List;
import warren.federation.protocol.ActorPublicKey;
import warren.federation.protocol.ApJson;
import warren.federation.protocol.ApplicationActor;
import warren.federation.protocol.Attachment;
import warren.federation.protocol.Endpoints;
import warren.federation.protocol.GroupActor;
import warren.federation.protocol.ImageObject;
import warren.federation.protocol.LanguageTag;
import warren.federation.protocol.Note;
import warren.federation.protocol.ObjectRef;
import warren.federation.protocol.Page;
import warren.federation.protocol.PersonActor;
import warren.federation.protocol.PropertyValue;
import warren.domain.pronouns.PronounSuffix;
import warren.federation.protocol.Source;
import warren.federation.protocol.Tag;
import warren.store.community.Community;
import warren.store.person.Person;
import warren.store.post.Post;
import warren.store.site.Language;
import warren.store.site.Site;
import warren.support.markdown.MarkdownRenderer;

/**
 * Turns local rows into the ActivityPub objects Lemmy 0.19 makes of them
 * (crates/apub/src/objects/*.rs {@code into_json}): the same fields, filled the same way.
 */
public final class ObjectBuilder {
  static final int UNDETERMINED_LANGUAGE = 0;

  private final MarkdownRenderer markdown;
  private final String hostname;

  /** @param hostname the site's host name, with port when it has one: the instance actor's preferredUsername */
  public ObjectBuilder(MarkdownRenderer markdown, String hostname) {
    this.markdown = markdown;
    this.hostname = hostname;
  }

  public PersonActor person(Person p) {
    boolean hasPronouns = p.pronouns() != null && !p.pronouns().isEmpty();
    // Hexbear's way, which every Lemmy shows: the pronouns in brackets after the display name;
    // and as a profile field, for software that shows those.
    String name = PronounSuffix.compose(p.displayName(), p.name(), p.pronouns());
    List<PropertyValue> fields = hasPronouns
        ? List.of(PropertyValue.of(PropertyValue.PRONOUNS, String.join(", ", p.pronouns()))) : null;
    return new PersonActor(p.botAccount() ? "Service" : "Person", p.actorId(), p.name(), p.inboxUrl(),
        p.actorId() + "/outbox", ActorPublicKey.mainKey(p.actorId(), p.publicKey()), name, html(p.bio()),
        Source.markdown(p.bio()), ImageObject.of(p.avatar()), ImageObject.of(p.banner()), p.matrixUserId(),
        endpoints(p.sharedInboxUrl()), p.published(), p.updated(), fields);
  }

  public GroupActor group(Community c, List<Language> languages) {
    return new GroupActor("Group", c.actorId(), c.name(), c.inboxUrl(), c.followersUrl(),
        ActorPublicKey.mainKey(c.actorId(), c.publicKey()), c.title(), html(c.description()),
        Source.markdown(c.description()), ImageObject.of(c.icon()), ImageObject.of(c.banner()), c.nsfw(),
        ObjectRef.of(moderatorsUrl(c)), c.postingRestrictedToMods(), c.actorId() + "/outbox",
        endpoints(c.sharedInboxUrl()), featuredUrl(c), tags(languages), c.published(), c.updated());
  }

  /** The site's instance actor; its outbox is Lemmy's {@code <actor id>site_outbox}, always empty. */
  public ApplicationActor application(Site s, List<Language> languages) {
    return new ApplicationActor("Application", s.actorId(), s.name(), hostname, s.inboxUrl(),
        s.actorId() + "site_outbox", ActorPublicKey.mainKey(s.actorId(), s.publicKey()), html(s.sidebar()),
        Source.markdown(s.sidebar()), s.description(), s.sidebar() == null ? null : "text/html",
        ImageObject.of(s.icon()), ImageObject.of(s.banner()), tags(languages), s.contentWarning(), s.published(),
        s.updated());
  }

  /**
   * A post. The link is the first attachment (an Image when its content type is an image, with
   * the alt text as name); the tag is a Hashtag of the community's name pointing at the post.
   */
  public Page page(Post p, Person creator, Community community, Language language) {
    List<Attachment> attachment = p.url() == null ? List.of()
        : p.urlContentType() != null && p.urlContentType().startsWith("image/")
            ? List.of(Attachment.image(p.url(), p.altText()))
            : List.of(Attachment.link(p.url(), null));
    return new Page("Page", p.apId(), ObjectRef.of(creator.actorId()), List.of(community.actorId(), ApJson.PUBLIC),
        List.of(), p.name(), html(p.body()), "text/html", Source.markdown(p.body()), attachment,
        ImageObject.of(p.thumbnailUrl()), p.nsfw(), p.published(), p.updated(), tag(language),
        ObjectRef.of(community.actorId()), List.of(Tag.hashtag(p.apId(), "#" + community.name())), null, null);
  }

  /**
   * A comment: to #Public; cc the community, the author of what it replies to, and the remote
   * people it mentions; a Mention tag for each of those people.
   *
   * @param parentId      the URL of the parent comment, or of the post for a top-level comment
   * @param parentCreator the author of that parent
   * @param mentioned     remote people named in the text, known to this site
   */
  public Note note(warren.store.comment.Comment c, Person creator, Community community, String parentId,
      Person parentCreator, List<Person> mentioned, Language language) {
    List<String> cc = new java.util.ArrayList<>(List.of(community.actorId(), parentCreator.actorId()));
    List<Tag> tags = new java.util.ArrayList<>(List.of(mention(parentCreator)));
    for (Person m : mentioned) {
      cc.add(m.actorId());
      tags.add(mention(m));
    }
    return new Note("Note", c.apId(), ObjectRef.of(creator.actorId()), List.of(ApJson.PUBLIC), List.copyOf(cc),
        html(c.content()), ObjectRef.of(parentId), "text/html", Source.markdown(c.content()), c.published(),
        c.updated(), List.copyOf(tags), c.distinguished(), tag(language), ObjectRef.of(community.actorId()), List.of());
  }

  static String moderatorsUrl(Community c) {
    return c.moderatorsUrl() != null ? c.moderatorsUrl() : c.actorId() + "/moderators";
  }

  static String featuredUrl(Community c) {
    return c.featuredUrl() != null ? c.featuredUrl() : c.actorId() + "/featured";
  }

  /** {@code @name@domain}, the domain without port, as Lemmy writes mentions. */
  private static Tag mention(Person p) {
    return Tag.mention(p.actorId(), "@" + p.name() + "@" + java.net.URI.create(p.actorId()).getHost());
  }

  private String html(String md) {
    return md == null ? null : markdown.toHtml(md);
  }

  private static Endpoints endpoints(String sharedInbox) {
    return sharedInbox == null ? null : new Endpoints(sharedInbox);
  }

  private static LanguageTag tag(Language l) {
    return l == null || l.id() == UNDETERMINED_LANGUAGE ? null : new LanguageTag(l.code(), l.name());
  }

  private static List<LanguageTag> tags(List<Language> languages) {
    return languages.stream().map(l -> new LanguageTag(l.code(), l.name())).toList();
  }
}
