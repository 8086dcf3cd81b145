package warren.federation;

import io.helidon.webserver.http.HttpService;
import java.time.Clock;
import java.util.concurrent.Executor;
import warren.app.Settings;
import warren.domain.Tx;
import warren.domain.accounts.AccountDeletion;
import warren.domain.comments.Comments;
import warren.domain.communities.Communities;
import warren.domain.communities.CommunityPermissions;
import warren.domain.posts.Posts;
import warren.domain.site.SiteService;
import warren.federation.discovery.WebFingerClient;
import warren.federation.inbox.Inbox;
import warren.federation.inbox.InboxHooks;
import warren.federation.inbox.InboxRoutes;
import warren.federation.inbox.InboxServices;
import warren.federation.objects.FederationPolicy;
import warren.federation.objects.ObjectFetcher;
import warren.federation.objects.RemoteComments;
import warren.federation.objects.RemoteCommunities;
import warren.federation.objects.RemoteObjects;
import warren.federation.objects.RemotePersons;
import warren.federation.objects.RemotePosts;
import warren.federation.store.ReceivedActivityStore;
import warren.store.Stores;
import warren.support.web.AddressGuard;
import warren.support.web.SafeHttpClient;

/**
 * The incoming side of federation: remote actors and objects fetched into the database, the
 * inboxes, and {@code resolve_object}'s remote lookups. Built after the domain services, whose
 * rules it applies to what other sites send.
 */
public record Inbound(RemoteObjects remote, Inbox inbox, HttpService routes, InboxHooks.Switchable hooks) {

  /** The domain services the inbox writes through. */
  public record Domain(Posts posts, Comments comments, Communities communities, CommunityPermissions permissions,
      AccountDeletion accounts) {}

  /**
   * The outgoing side hands its hooks over with {@code inbound.hooks().use(...)} once it is wired;
   * until then received follows are stored but not answered, and nothing is announced.
   */
  public static Inbound wire(Settings settings, Tx tx, Stores stores, SiteService sites, Federation federation,
      Domain domain, Executor background) {
    var hooks = new InboxHooks.Switchable();
    Clock clock = Clock.systemUTC();
    boolean debug = settings.federation().debug();
    var policy = new FederationPolicy(sites, settings.domain(), debug);
    var fetcher = new ObjectFetcher(federation.fetcher(), policy);
    var persons = new RemotePersons(tx, stores, fetcher, policy, clock);
    var communities = new RemoteCommunities(tx, stores, fetcher, policy, persons, background, clock);
    var posts = new RemotePosts(tx, stores, fetcher, policy, persons, communities, domain.posts());
    var comments = new RemoteComments(tx, stores, fetcher, policy, persons, posts, domain.comments());
    var webFinger = new WebFingerClient(new SafeHttpClient(new AddressGuard(debug),
        SafeHttpClient.userAgent(settings.origin())), debug);
    var remote = new RemoteObjects(persons, communities, posts, comments, fetcher, policy, webFinger);
    var services = new InboxServices(tx, stores, remote, domain.posts(), domain.comments(), domain.communities(),
        domain.permissions(), domain.accounts(), hooks, new ReceivedActivityStore());
    Inbox inbox = Inbox.create(services, policy, federation.keys(), clock);
    return new Inbound(remote, inbox, new InboxRoutes(inbox), hooks);
  }
}
