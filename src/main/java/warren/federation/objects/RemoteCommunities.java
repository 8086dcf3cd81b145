package warren.federation.objects;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.logging.Level;
import java.util.logging.Logger;
import tools.jackson.databind.JsonNode;
import warren.domain.DomainException;
import warren.domain.ErrorType;
import warren.domain.Tx;
import warren.federation.protocol.Activity;
import warren.federation.protocol.ApCollection;
import warren.federation.protocol.ApJson;
import warren.federation.protocol.GroupActor;
import warren.federation.protocol.LanguageTag;
import warren.federation.protocol.ObjectRef;
import warren.federation.protocol.Page;
import warren.store.Stores;
import warren.store.community.Community;
import warren.store.community.CommunityStore;
import warren.store.person.Person;

/**
 * Remote communities in the {@code community} table, as {@link RemotePersons} keeps people:
 * read by actor id, fetched when unknown or a day old, stored with keys, inboxes and collection
 * URLs. At first sight and at each refresh the moderators collection is read in the background,
 * errors ignored, as Lemmy does. {@link #fetchOutbox} and {@link #fetchFeatured} fill a community's
 * posts on demand (the outgoing side calls them at the first follow).
 */
public final class RemoteCommunities {
  private static final Logger LOG = Logger.getLogger(RemoteCommunities.class.getName());
  /** Lemmy reads at most 50 items of a community's outbox or featured collection ({@code FETCH_LIMIT_MAX}). */
  public static final int COLLECTION_LIMIT = 50;

  private final Tx tx;
  private final Stores stores;
  private final ObjectFetcher fetcher;
  private final FederationPolicy policy;
  private final RemotePersons persons;
  private final Executor background;
  private final Clock clock;
  private RemotePosts posts;

  public RemoteCommunities(Tx tx, Stores stores, ObjectFetcher fetcher, FederationPolicy policy,
      RemotePersons persons, Executor background, Clock clock) {
    this.tx = tx;
    this.stores = stores;
    this.fetcher = fetcher;
    this.policy = policy;
    this.persons = persons;
    this.background = background;
    this.clock = clock;
  }

  /** Posts and communities refer to each other; wired once after both exist. */
  void posts(RemotePosts posts) {
    this.posts = posts;
  }

  public Optional<Community> known(String actorId) {
    return tx.read(h -> stores.communities().readByActorId(h, actorId));
  }

  /** The community with this id: from the database while fresh, else fetched and stored. */
  public Community resolve(String actorId) {
    Optional<Community> known = known(actorId);
    return ActorRefresh.resolve(actorId, known.map(c -> new ActorRefresh.Stored<>(c, c.local(), c.lastRefreshedAt())),
        policy.isLocal(actorId), clock, () -> fetch(actorId),
        () -> tx.run(h -> stores.communities().update(h, known.orElseThrow().id(),
            new warren.store.ColumnChanges().set("deleted", true))),
        ErrorType.COULDNT_FIND_COMMUNITY);
  }

  public Community fetch(String actorId) {
    if (!(Documents.read(fetcher.fetch(actorId)) instanceof GroupActor group)) {
      throw new DomainException(ErrorType.COULDNT_FIND_COMMUNITY, actorId + " is not a community");
    }
    return store(group);
  }

  /**
   * Stores a Group that came from its own server, then reads its moderators, follower count,
   * outbox and featured posts in the background.
   */
  public Community store(GroupActor g) {
    Community c = upsert(g);
    background.execute(() -> {
      // As Lemmy at each read of a Group; any of these may fail without harm to the others. The
      // follower count first, one small read: it should be the count as it was when the Group was
      // read, not after a follow sent right afterwards (resolving moderators may take a while).
      quietly(c, "followers", () -> ObjectFetcher.withBudget(() -> {
        syncFollowerCount(c);
        return null;
      }));
      quietly(c, "moderators", () -> ObjectFetcher.withBudget(() -> {
        syncModerators(c);
        return null;
      }));
      quietly(c, "outbox", () -> fetchOutbox(c));
      quietly(c, "featured", () -> fetchFeatured(c));
    });
    return c;
  }

  private static void quietly(Community c, String what, Runnable work) {
    try {
      work.run();
    } catch (RuntimeException e) {
      LOG.log(Level.FINE, what + " of " + c.actorId() + " not read", e);
    }
  }

  /** Stores a Group as it is, nothing fetched, in a transaction of its own. */
  public Community upsert(GroupActor g) {
    check(g);
    return tx.write(h -> upsert(h, g));
  }

  /** Stores a Group as it is in the caller's transaction (an Update{Group} from a moderator). */
  public Community upsert(org.jdbi.v3.core.Handle h, GroupActor g) {
    check(g);
    String title = g.name() == null || g.name().isBlank() ? g.preferredUsername() : g.name().strip();
    String description = InboundText.markdown(g.summary(), "text/html", g.source());
    // Lemmy's moderators URL; PeerTube names its owners there instead.
    String moderators = g.attributedTo() != null && g.attributedTo().node() == null ? g.attributedTo().id() : null;
    int instance = stores.instances().readOrCreate(h, FederationPolicy.domain(g.id())).id();
    Community c = stores.communities().upsertRemote(h, new CommunityStore.RemoteCommunity(g.id(),
            g.preferredUsername(), title, description, g.icon() == null ? null : g.icon().url(),
            g.image() == null ? null : g.image().url(), Boolean.TRUE.equals(g.sensitive()),
            Boolean.TRUE.equals(g.postingRestrictedToMods()), g.publicKey().publicKeyPem(), g.inbox(),
            g.endpoints() == null ? null : g.endpoints().sharedInbox(), g.followers(), moderators, g.featured(),
            g.published(), g.updated(), instance))
        .orElseThrow(() -> new DomainException(ErrorType.OBJECT_NOT_LOCAL, g.id() + " is a local community"));
    if (g.language() != null) {
      List<Integer> ids = new ArrayList<>();
      for (LanguageTag t : g.language()) {
        int id = Languages.id(stores, h, t);
        if (id != 0 && !ids.contains(id)) ids.add(id);
      }
      stores.communities().replaceLanguages(h, c.id(), ids);
    }
    return c;
  }

  private void check(GroupActor g) {
    if (g.id() == null || g.preferredUsername() == null || g.preferredUsername().isBlank() || g.inbox() == null
        || g.publicKey() == null || g.publicKey().publicKeyPem() == null) {
      throw new DomainException(ErrorType.COULDNT_FIND_COMMUNITY, "incomplete community " + g.id());
    }
    policy.requireRemoteAllowed(g.id());
  }

  /**
   * Takes the community's follower count from its followers collection, as Lemmy does when it
   * reads a Group; this site's own followers are counted in it already.
   */
  public void syncFollowerCount(Community c) {
    if (c.local() || c.followersUrl() == null) return;
    Integer total = collection(c.followersUrl()).totalItems();
    if (total == null || total < 0) return;
    tx.run(h -> stores.communities().update(h, c.id(),
        new warren.store.ColumnChanges().set("subscribers", (long) Math.max(total, c.subscribersLocal()))));
  }

  /** Makes the community's moderators those its moderators collection lists (person URLs). */
  public void syncModerators(Community c) {
    if (c.local() || c.moderatorsUrl() == null) return;
    ApCollection collection = collection(c.moderatorsUrl());
    List<Person> mods = new ArrayList<>();
    for (ObjectRef ref : collection.all()) {
      if (ref.id() == null) continue;
      try {
        mods.add(persons.resolve(ref.id()));
      } catch (DomainException e) {
        LOG.fine(() -> "moderator " + ref.id() + " of " + c.actorId() + " not found: " + e.getMessage());
      }
    }
    tx.run(h -> {
      for (Person old : stores.communities().moderators(h, c.id())) {
        if (mods.stream().noneMatch(m -> m.id() == old.id())) stores.communities().setModerator(h, old.id(), c.id(), false);
      }
      for (Person m : mods) stores.communities().setModerator(h, m.id(), c.id(), true);
    });
  }

  /**
   * Reads the community's outbox and stores the posts of its newest Announce{Create{Page}} items
   * (at most 50), as Lemmy does at first sight of a community. One bad item is skipped; the
   * number of posts stored is returned.
   */
  public int fetchOutbox(Community c) {
    if (c.local()) return 0;
    return ObjectFetcher.withBudget(() -> {
      ApCollection outbox = collection(outboxUrl(c));
      int stored = 0;
      for (ObjectRef item : first(outbox.all())) {
        try {
          if (!item.isEmbedded()) continue;
          Activity announce = item.as(Activity.class);
          if (!"Announce".equals(announce.type()) || announce.object() == null || !announce.object().isEmbedded()) continue;
          Activity create = announce.innerActivity();
          if (!"Create".equals(create.type()) || create.object() == null || !create.object().isEmbedded()) continue;
          Page page = create.object().as(Page.class);
          if (posts.store(page, c).communityId() == c.id()) stored++;
        } catch (RuntimeException e) {
          LOG.fine(() -> "outbox item of " + c.actorId() + " skipped: " + e.getMessage());
        }
      }
      return stored;
    });
  }

  /**
   * Reads the community's featured collection: each Page is fetched again from its origin and
   * stored, and exactly those posts end up featured in the community. Returns how many are.
   */
  public int fetchFeatured(Community c) {
    if (c.local() || c.featuredUrl() == null) return 0;
    return ObjectFetcher.withBudget(() -> {
      ApCollection featured = collection(c.featuredUrl());
      List<Integer> ids = new ArrayList<>();
      for (ObjectRef item : first(featured.all())) {
        try {
          var post = posts.resolve(item.id());
          if (post.communityId() == c.id()) ids.add(post.id());
        } catch (RuntimeException e) {
          LOG.fine(() -> "featured item of " + c.actorId() + " skipped: " + e.getMessage());
        }
      }
      tx.run(h -> stores.posts().setFeaturedInCommunity(h, c.id(), ids));
      return ids.size();
    });
  }

  private String outboxUrl(Community c) {
    return c.actorId() + "/outbox";
  }

  private ApCollection collection(String url) {
    JsonNode doc = fetcher.fetch(url);
    try {
      return ApJson.read(doc, ApCollection.class);
    } catch (warren.federation.protocol.ApParseException e) {
      throw new DomainException(ErrorType.COULDNT_FIND_OBJECT, url + ": " + e.getMessage());
    }
  }

  private static <T> List<T> first(List<T> items) {
    return items.size() > COLLECTION_LIMIT ? items.subList(0, COLLECTION_LIMIT) : items;
  }
}
