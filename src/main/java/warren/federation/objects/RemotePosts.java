package warren.federation.objects;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import warren.domain.DomainException;
import warren.domain.ErrorType;
import warren.domain.Tx;
import warren.domain.posts.Posts;
import warren.federation.protocol.ApJson;
import warren.federation.protocol.Attachment;
import warren.federation.protocol.Page;
import warren.store.Stores;
import warren.store.community.Community;
import warren.store.person.Person;
import warren.store.post.Post;
import warren.store.post.PostStore;

/**
 * Remote posts: a {@code Page} (or Article, Video, Event, or a Note without {@code inReplyTo})
 * read as Lemmy reads one ({@code objects/post.rs}) and stored through {@link Posts#receive},
 * the domain's rules for a post from another site. Posts are never fetched again once stored;
 * Updates change them.
 */
public final class RemotePosts {
  /** Lemmy's longest title. */
  static final int TITLE_MAX = 200;
  private static final Set<String> TYPES = Set.of("Page", "Article", "Note", "Video", "Event");

  private final Tx tx;
  private final Stores stores;
  private final ObjectFetcher fetcher;
  private final FederationPolicy policy;
  private final RemotePersons persons;
  private final RemoteCommunities communities;
  private final Posts posts;

  public RemotePosts(Tx tx, Stores stores, ObjectFetcher fetcher, FederationPolicy policy, RemotePersons persons,
      RemoteCommunities communities, Posts posts) {
    this.tx = tx;
    this.stores = stores;
    this.fetcher = fetcher;
    this.policy = policy;
    this.persons = persons;
    this.communities = communities;
    this.posts = posts;
    communities.posts(this);
  }

  public Optional<Post> known(String apId) {
    return tx.read(h -> stores.posts().readByApId(h, apId));
  }

  /** The post with this id: from the database, else fetched from its server and stored. */
  public Post resolve(String apId) {
    Optional<Post> known = known(apId);
    if (known.isPresent()) return known.get();
    if (policy.isLocal(apId)) throw new DomainException(ErrorType.COULDNT_FIND_POST, apId);
    if (!(Documents.read(fetcher.fetch(apId)) instanceof Page page)) {
      throw new DomainException(ErrorType.COULDNT_FIND_POST, apId + " is not a post");
    }
    return store(page, null);
  }

  /** A Page ready to store: its creator and community known, the checks needing no transaction passed. */
  public record Prepared(Person creator, Community community, PostStore.RemotePost data) {}

  /**
   * Reads and checks a Page from its own server (fetched, or in an activity its creator signed),
   * fetching its creator and community as needed. {@code expected}, when given, is the
   * community it must belong to.
   */
  public Prepared prepare(Page page, Community expected) {
    if (page.id() == null || !TYPES.contains(page.type()) || page.inReplyTo() != null) {
      throw new DomainException(ErrorType.COULDNT_FIND_POST, "not a post: " + page.id());
    }
    String creatorId = page.creatorId();
    if (creatorId == null) throw new DomainException(ErrorType.PAGE_DOES_NOT_SPECIFY_CREATOR);
    policy.requireRemoteAllowed(page.id());
    if (!FederationPolicy.sameDomain(creatorId, page.id())) {
      throw new DomainException(ErrorType.UNKNOWN, page.id() + " is not on the domain of its creator " + creatorId);
    }
    if (!Addressing.isPublic(page.to(), page.cc())) throw new DomainException(ErrorType.OBJECT_IS_NOT_PUBLIC);
    if (page.mediaType() != null && !page.mediaType().equals("text/html") && !page.mediaType().equals("text/markdown")) {
      throw new DomainException(ErrorType.UNKNOWN, "unknown mediaType " + page.mediaType());
    }
    Community community = community(page);
    if (expected != null && community.id() != expected.id()) throw new DomainException(ErrorType.INVALID_COMMUNITY);
    Person creator = persons.resolve(creatorId);

    String body = InboundText.markdown(page.content(), page.mediaType(), page.source());
    String name = page.name() != null && !page.name().isBlank() ? page.name().strip() : titleFrom(page, community);
    if (name.codePointCount(0, name.length()) > TITLE_MAX) {
      name = name.substring(0, name.offsetByCodePoints(0, TITLE_MAX));
    }
    Attachment first = page.attachment() == null || page.attachment().isEmpty() ? null : page.attachment().getFirst();
    String url = first != null ? first.target() : "Video".equals(page.type()) ? page.id() : null;
    if (url != null && !(url.startsWith("https://") || url.startsWith("http://"))) url = null;
    String altText = first != null && "Image".equals(first.type()) ? first.name() : null;
    boolean nsfw = community.nsfw() || Boolean.TRUE.equals(page.sensitive());
    int language = tx.read(h -> Languages.id(stores, h, page.language()));
    return new Prepared(creator, community, new PostStore.RemotePost(page.id(), name, url, body, creator.id(),
        community.id(), nsfw, language, altText, page.image() == null ? null : page.image().url(), page.published(),
        page.updated()));
  }

  /** Writes a prepared Page in the caller's transaction. */
  public Posts.Received apply(Handle h, Prepared p) {
    return posts.receive(h, p.creator(), p.data());
  }

  /** Prepares and writes a Page in a transaction of its own; the stored post. */
  public Post store(Page page, Community expected) {
    Prepared p = prepare(page, expected);
    return tx.write(h -> {
      apply(h, p);
      return stores.posts().readByApId(h, page.id()).orElseThrow();
    });
  }

  /**
   * The community: {@code audience}; else PeerTube's Group owner; else the first Group among
   * {@code to}, then {@code cc}, as Lemmy looks for it.
   */
  private Community community(Page page) {
    if (page.audience() != null && page.audience().id() != null) return communities.resolve(page.audience().id());
    if (page.attributedTo() != null) {
      Optional<String> group = page.attributedTo().idOfType("Group");
      if (group.isPresent()) return communities.resolve(group.get());
    }
    List<String> candidates = new ArrayList<>();
    if (page.to() != null) candidates.addAll(page.to());
    if (page.cc() != null) candidates.addAll(page.cc());
    candidates.removeIf(u -> u.equals(ApJson.PUBLIC) || u.endsWith("/followers"));
    for (String url : candidates) {
      Optional<Community> known = communities.known(url);
      if (known.isPresent()) return known.get();
    }
    for (String url : candidates) {
      if (persons.known(url).isPresent()) continue;
      try {
        return communities.resolve(url);
      } catch (DomainException e) {
        // not a community; try the next
      }
    }
    throw new DomainException(ErrorType.COULDNT_FIND_COMMUNITY, "no community for " + page.id());
  }

  /** Microblog posts have no title: Lemmy takes the first line of the text, without the community's mention. */
  private static String titleFrom(Page page, Community community) {
    String text = page.content() == null ? "" : page.content().contains("<")
        ? InboundText.plainText(page.content()) : page.content();
    String line = text.strip().lines().findFirst().orElse("").replace("@" + community.name(), "").strip();
    if (line.isEmpty()) throw new DomainException(ErrorType.INVALID_POST_TITLE, page.id() + " has neither name nor content");
    return line;
  }
}
