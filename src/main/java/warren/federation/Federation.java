package warren.federation;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;
import warren.app.Settings;
import warren.domain.Tx;
import warren.domain.site.SiteService;
import warren.federation.actors.ActivityPubRoutes;
import warren.federation.actors.LocalObjects;
import warren.federation.actors.ObjectBuilder;
import warren.federation.discovery.NodeInfo;
import warren.federation.discovery.WebFinger;
import warren.federation.httpsig.ActorKeys;
import warren.federation.httpsig.KeyCache;
import warren.federation.httpsig.SignedFetcher;
import warren.federation.httpsig.SigningKey;
import warren.federation.store.FederationReads;
import warren.store.Stores;
import warren.support.markdown.MarkdownRenderer;
import warren.support.web.AddressGuard;
import warren.support.web.SafeHttpClient;

/**
 * The federation side of one Warren: the objects it serves, how it fetches and whose keys it
 * trusts. Its routes must come before the web UI's, which share their paths.
 */
public record Federation(LocalObjects objects, ObjectBuilder builder, SignedFetcher fetcher, ActorKeys keys,
    Supplier<SigningKey> siteKey, HttpService routes) {

  /** Keys of peers stay a day, as Lemmy keeps their actors; enough entries for every active peer actor. */
  static final Duration KEY_TTL = Duration.ofHours(24);
  static final int KEY_CACHE_SIZE = 10_000;

  public static Federation wire(Settings settings, Tx tx, Stores stores, SiteService sites, MarkdownRenderer markdown,
      String apiVersion) {
    ObjectBuilder builder = new ObjectBuilder(markdown, settings.hostname());
    LocalObjects objects = new LocalObjects(tx, stores, new FederationReads(), builder, settings.origin(),
        settings.domain());
    Supplier<SigningKey> siteKey = new SiteKey(sites);
    SafeHttpClient http = new SafeHttpClient(new AddressGuard(settings.federation().debug()),
        SafeHttpClient.userAgent(settings.origin()));
    SignedFetcher fetcher = new SignedFetcher(http, siteKey, settings.federation().debug(), Clock.systemUTC());
    ActorKeys keys = new ActorKeys(fetcher, new KeyCache(KEY_CACHE_SIZE, KEY_TTL, Clock.systemUTC()));
    HttpService[] services = {
        new ActivityPubRoutes(objects),
        new WebFinger(tx, stores, settings.hostname(), settings.origin()),
        new NodeInfo(tx, sites, settings.origin(), apiVersion)};
    HttpService routes = (HttpRules rules) -> {
      for (HttpService s : services) s.routing(rules);
    };
    return new Federation(objects, builder, fetcher, keys, siteKey, routes);
  }

  /** The site actor's signing key, parsed once; the key pair never changes while Warren runs. */
  private static final class SiteKey implements Supplier<SigningKey> {
    private final SiteService sites;
    private volatile SigningKey key;

    SiteKey(SiteService sites) {
      this.sites = sites;
    }

    @Override
    public SigningKey get() {
      SigningKey k = key;
      if (k == null) {
        var site = sites.local().site();
        k = SigningKey.of(site.actorId(), site.privateKey());
        key = k;
      }
      return k;
    }
  }
}
