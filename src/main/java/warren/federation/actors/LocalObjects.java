package warren.federation.actors;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import warren.domain.DomainException;
import warren.domain.ErrorType;
import warren.domain.Tx;
import warren.federation.protocol.Activities;
import warren.federation.protocol.Activity;
import warren.federation.protocol.ActivityType;
import warren.federation.protocol.ApCollection;
import warren.federation.protocol.ObjectRef;
import warren.federation.protocol.Note;
import warren.federation.protocol.Page;
import warren.federation.store.FederationReads;
import warren.store.Stores;
import warren.store.comment.Comment;
import warren.store.community.Community;
import warren.store.person.Person;
import warren.store.post.Post;
import warren.store.site.Language;

/**
 * The local objects a peer may fetch, read and shaped as Lemmy serves them
 * (crates/apub/src/http/*.rs): only local actors, never a local-only community or anything in
 * one, a Tombstone for what was deleted, a redirect for copies of remote posts and comments.
 */
public final class LocalObjects {
  /** Lemmy's outbox holds the 50 newest posts ({@code FETCH_LIMIT_MAX}). */
  static final int OUTBOX_SIZE = 50;
  private static final Pattern MENTION = Pattern.compile("@([\\p{L}\\p{N}_.]+)@([A-Za-z0-9.-]+(?::[0-9]{1,5})?)");

  private final Tx tx;
  private final Stores stores;
  private final FederationReads reads;
  private final ObjectBuilder build;
  private final String origin;
  private final String domain;

  /**
   * @param origin the site's origin, {@code https://host}
   * @param domain the site's host name without port
   */
  public LocalObjects(Tx tx, Stores stores, FederationReads reads, ObjectBuilder build, String origin, String domain) {
    this.tx = tx;
    this.stores = stores;
    this.reads = reads;
    this.build = build;
    this.origin = origin;
    this.domain = domain;
  }

  public Answer person(String name) {
    return tx.read(h -> {
      Person p = localPerson(h, name);
      return p.deleted() ? new Answer.Gone(p.actorId()) : new Answer.Found(build.person(p));
    });
  }

  /** Lemmy serves every person an empty outbox. */
  public Answer personOutbox(String name) {
    return tx.read(h -> {
      Person p = localPerson(h, name);
      if (p.deleted()) throw new DomainException(ErrorType.COULDNT_FIND_PERSON);
      return new Answer.Found(emptyOutbox(p.actorId() + "/outbox"));
    });
  }

  public Answer group(String name) {
    return tx.read(h -> {
      Community c = localCommunity(h, name);
      if (c.deleted() || c.removed()) return new Answer.Gone(c.actorId());
      return new Answer.Found(build.group(c, communityLanguages(h, c)));
    });
  }

  /** Only the number of followers: Lemmy keeps who they are to itself. */
  public Answer followers(String name) {
    return tx.read(h -> {
      Community c = liveCommunity(h, name);
      return new Answer.Found(new ApCollection("Collection", c.followersUrl(), (int) c.subscribers(), List.of(), null,
          null, null));
    });
  }

  public Answer moderators(String name) {
    return tx.read(h -> {
      Community c = liveCommunity(h, name);
      List<ObjectRef> mods = stores.communities().moderators(h, c.id()).stream()
          .map(p -> ObjectRef.of(p.actorId())).toList();
      return new Answer.Found(ApCollection.ordered(ObjectBuilder.moderatorsUrl(c), null, mods));
    });
  }

  public Answer featured(String name) {
    return tx.read(h -> {
      Community c = liveCommunity(h, name);
      List<ObjectRef> pages = pages(h, c, reads.featuredPosts(h, c.id())).stream().map(ObjectRef::embed).toList();
      return new Answer.Found(ApCollection.ordered(ObjectBuilder.featuredUrl(c), pages.size(), pages));
    });
  }

  /** The newest posts, each as the community's Announce of its Create, as Lemmy serves them. */
  public Answer outbox(String name) {
    return tx.read(h -> {
      Community c = liveCommunity(h, name);
      List<ObjectRef> items = new ArrayList<>();
      for (Page page : pages(h, c, reads.newestPosts(h, c.id(), OUTBOX_SIZE))) {
        Activity create = Activities.createOrUpdate(Activities.newId(origin, ActivityType.Create),
            ActivityType.Create, page.attributedTo().id(), page);
        items.add(ObjectRef.embed(Activities.announce(Activities.newAnnounceId(origin, "Create"), c.actorId(),
            c.followersUrl(), create)));
      }
      return new Answer.Found(ApCollection.ordered(c.actorId() + "/outbox", items.size(), items));
    });
  }

  public Answer site() {
    return tx.read(h -> {
      var site = stores.sites().readLocalSite(h).orElseThrow(() -> new DomainException(ErrorType.LOCAL_SITE_NOT_SETUP));
      return new Answer.Found(build.application(site, languages(h, stores.sites().readSiteLanguages(h, site.id()))));
    });
  }

  public Answer siteOutbox() {
    return new Answer.Found(emptyOutbox(origin + "/site_outbox"));
  }

  public Answer post(int id) {
    return tx.read(h -> {
      Post p = stores.posts().read(h, id).orElseThrow(() -> new DomainException(ErrorType.COULDNT_FIND_POST));
      Community c = publicCommunity(h, p.communityId());
      if (!p.local()) return new Answer.Elsewhere(p.apId());
      if (p.deleted() || p.removed()) return new Answer.Gone(p.apId());
      return new Answer.Found(pages(h, c, List.of(p)).getFirst());
    });
  }

  public Answer comment(int id) {
    return tx.read(h -> {
      Comment cm = stores.comments().read(h, id).orElseThrow(() -> new DomainException(ErrorType.COULDNT_FIND_COMMENT));
      Post post = stores.posts().read(h, cm.postId()).orElseThrow(() -> new DomainException(ErrorType.COULDNT_FIND_POST));
      Community c = publicCommunity(h, post.communityId());
      if (!cm.local()) return new Answer.Elsewhere(cm.apId());
      if (cm.deleted() || cm.removed()) return new Answer.Gone(cm.apId());
      return new Answer.Found(note(h, cm, post, c));
    });
  }

  /** A post as its Create or Update carries it, read in the caller's transaction. */
  public Page page(Handle h, Post p, Community c) {
    return pages(h, c, List.of(p)).getFirst();
  }

  /** A community's Group, as its Update carries it. */
  public warren.federation.protocol.GroupActor group(Handle h, Community c) {
    return build.group(c, communityLanguages(h, c));
  }

  /** A comment as its Create or Update carries it, read in the caller's transaction. */
  public Note note(Handle h, Comment cm, Post post, Community c) {
    Person creator = person(h, cm.creatorId());
    String[] path = cm.path().split("\\.");
    String parentId;
    Person parentCreator;
    if (path.length > 2) {
      Comment parent = stores.comments().read(h, Integer.parseInt(path[path.length - 2]))
          .orElseThrow(() -> new DomainException(ErrorType.COULDNT_FIND_COMMENT));
      parentId = parent.apId();
      parentCreator = person(h, parent.creatorId());
    } else {
      parentId = post.apId();
      parentCreator = person(h, post.creatorId());
    }
    return build.note(cm, creator, c, parentId, parentCreator, mentioned(h, cm.content()),
        language(h, cm.languageId()));
  }

  private List<Page> pages(Handle h, Community c, List<Post> posts) {
    Map<Integer, Person> creators = reads.persons(h, posts.stream().map(Post::creatorId).distinct().toList());
    Map<Integer, Language> langs = stores.languages().all(h).stream()
        .collect(Collectors.toMap(Language::id, Function.identity()));
    return posts.stream().map(p -> build.page(p, creators.get(p.creatorId()), c, langs.get(p.languageId()))).toList();
  }

  /** Remote people named {@code @name@host} in the text whom this site knows, as Lemmy addresses them. */
  private List<Person> mentioned(Handle h, String text) {
    Set<String> seen = new LinkedHashSet<>();
    List<Person> people = new ArrayList<>();
    Matcher m = MENTION.matcher(text);
    while (m.find()) {
      String host = m.group(2);
      String hostDomain = host.contains(":") ? host.substring(0, host.indexOf(':')) : host;
      if (hostDomain.equalsIgnoreCase(domain) || !seen.add((m.group(1) + "@" + host).toLowerCase(Locale.ROOT))) continue;
      stores.persons().readByNameAndDomain(h, m.group(1), hostDomain).filter(p -> !p.local()).ifPresent(people::add);
    }
    return people;
  }

  private Person localPerson(Handle h, String name) {
    return stores.persons().readLocalByName(h, name).orElseThrow(() -> new DomainException(ErrorType.COULDNT_FIND_PERSON));
  }

  private Person person(Handle h, int id) {
    return stores.persons().read(h, id).orElseThrow(() -> new DomainException(ErrorType.COULDNT_FIND_PERSON));
  }

  /** A local community that federates: a local-only one is as good as unknown to peers. */
  private Community localCommunity(Handle h, String name) {
    return stores.communities().readLocalByName(h, name).filter(c -> "Public".equals(c.visibility()))
        .orElseThrow(() -> new DomainException(ErrorType.COULDNT_FIND_COMMUNITY));
  }

  private Community liveCommunity(Handle h, String name) {
    Community c = localCommunity(h, name);
    if (c.deleted() || c.removed()) throw new DomainException(ErrorType.COULDNT_FIND_COMMUNITY);
    return c;
  }

  /** The community of a post or comment, which must be public and neither deleted nor removed. */
  private Community publicCommunity(Handle h, int id) {
    return stores.communities().read(h, id)
        .filter(c -> "Public".equals(c.visibility()) && !c.deleted() && !c.removed())
        .orElseThrow(() -> new DomainException(ErrorType.COULDNT_FIND_COMMUNITY));
  }

  private List<Language> communityLanguages(Handle h, Community c) {
    return languages(h, stores.communities().readLanguages(h, c.id()));
  }

  private List<Language> languages(Handle h, List<Integer> ids) {
    Map<Integer, Language> all = stores.languages().all(h).stream()
        .collect(Collectors.toMap(Language::id, Function.identity()));
    return ids.stream().map(all::get).filter(java.util.Objects::nonNull).toList();
  }

  private Language language(Handle h, int id) {
    return stores.languages().all(h).stream().filter(l -> l.id() == id).findFirst().orElse(null);
  }

  private static ApCollection emptyOutbox(String id) {
    return ApCollection.ordered(id, 0, List.of());
  }
}
