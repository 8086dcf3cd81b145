package warren.federation.inbox;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import warren.federation.httpsig.SigningKey;
import warren.testing.FakeRemote;

/**
 * The remote sites of the inbox benchmark: each a {@link FakeRemote} on a loopback address of its
 * own (127.0.0.2, 127.0.0.3, ...), serving its people with their RSA-2048 keys over real HTTP, so
 * that Warren fetches and caches each key as it would a real peer's. A sender sends from its
 * site's address, as a real peer would, so Warren sees one client address per site.
 */
final class SenderSites implements AutoCloseable {
  /** A person of a site and the key it signs with, parsed once. */
  record Sender(int site, String address, FakeRemote.RemoteActor actor, SigningKey key) {}

  private final List<FakeRemote> sites;
  private final List<Sender> senders;

  private SenderSites(List<FakeRemote> sites, List<Sender> senders) {
    this.sites = sites;
    this.senders = senders;
  }

  /** {@code siteCount} sites of {@code perSite} people each; the key pairs are made on all cores. */
  static SenderSites start(int siteCount, int perSite) {
    List<FakeRemote> sites = new ArrayList<>();
    for (int i = 0; i < siteCount; i++) sites.add(FakeRemote.startOn(address(i)));
    List<Sender> senders = IntStream.range(0, siteCount * perSite).parallel().mapToObj(n -> {
      int site = n / perSite;
      FakeRemote.RemoteActor actor = sites.get(site).person("voter" + n % perSite);
      return new Sender(site, address(site), actor, actor.signingKey());
    }).toList();
    return new SenderSites(sites, senders);
  }

  /** 127.0.0.2 onwards: 127.0.0.1 is Warren's. */
  static String address(int site) {
    if (site > 250) throw new IllegalArgumentException("at most 251 sites on 127.0.0.x");
    return "127.0.0." + (site + 2);
  }

  List<Sender> senders() {
    return senders;
  }

  int siteCount() {
    return sites.size();
  }

  /** GETs the sites answered: Warren's key and actor fetches. */
  long fetchesServed() {
    return sites.stream().mapToLong(s -> s.requests().stream().filter(r -> r.method().equals("GET")).count()).sum();
  }

  @Override
  public void close() {
    sites.forEach(FakeRemote::close);
  }
}
