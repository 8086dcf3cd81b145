package warren.federation.outbox;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.logging.Logger;
import org.jdbi.v3.core.Handle;

/**
 * Where every outgoing activity goes. {@link #enqueue} writes the activity and its deliveries in
 * the caller's transaction, so a change and the activities it causes commit or roll back
 * together; {@link DeliveryWorkers} send them afterwards, on this node or any other sharing the
 * database. Also answers what the rest of Warren asks about sent activities and remote sites.
 */
public final class Outbox {
  private static final Logger LOG = Logger.getLogger(Outbox.class.getName());

  private final String localOrigin;
  private final ActivityStore activities = new ActivityStore();
  private final SiteStore sites = new SiteStore();
  private volatile Runnable onEnqueued = () -> {};

  /** @param localOrigin this site's origin, such as {@code https://warren.example}; never delivered to */
  public Outbox(String localOrigin) {
    this.localOrigin = origin(URI.create(localOrigin)).orElseThrow();
  }

  /**
   * Queues {@code activity} for its recipients in the transaction of {@code h}: the activity
   * once, and one delivery per distinct target inbox (the shared inbox when the recipient has
   * one, so normally one per site; scheme and host compared in any case, default port or none). This site, dead sites, blocked sites and malformed inboxes
   * are skipped; nothing here fails the caller's change for a bad recipient. Workers on this node
   * are woken once the transaction commits. Returns how many deliveries were queued.
   */
  public int enqueue(Handle h, OutgoingActivity activity) {
    Map<String, String> originByInbox = new LinkedHashMap<>();
    TreeMap<String, String> domainByOrigin = new TreeMap<>();
    for (Recipient r : activity.recipients()) {
      URI target = r.target();
      Optional<String> origin = origin(target);
      if (origin.isEmpty()) {
        LOG.warning(() -> "not delivering " + activity.id() + " to malformed inbox " + target);
        continue;
      }
      if (origin.get().equals(localOrigin)) continue;
      String path = target.getRawPath() == null || target.getRawPath().isEmpty() ? "/" : target.getRawPath();
      String inbox = origin.get() + path + (target.getRawQuery() == null ? "" : "?" + target.getRawQuery());
      originByInbox.putIfAbsent(inbox, origin.get());
      domainByOrigin.put(origin.get(), target.getHost().toLowerCase(Locale.ROOT));
    }
    long id = activities.insert(h, activity);
    int queued = 0;
    if (!originByInbox.isEmpty()) {
      sites.ensure(h, domainByOrigin.keySet().toArray(String[]::new), domainByOrigin.values().toArray(String[]::new));
      List<String> inboxes = new ArrayList<>(originByInbox.keySet());
      queued = activities.insertDeliveries(h, id, activity.objectKey(),
          inboxes.stream().map(originByInbox::get).toArray(String[]::new), inboxes.toArray(String[]::new));
    }
    if (queued > 0) {
      if (h.isInTransaction()) h.afterCommit(onEnqueued);
      else onEnqueued.run();
    }
    return queued;
  }

  /** A sent activity by its id, for serving it at that id (refuse it when {@code sensitive}). */
  public Optional<SentActivity> sentActivity(Handle h, String apId) {
    return activities.byApId(h, apId);
  }

  /** Every site Warren has delivered to, with its delivery state. */
  public List<SiteState> sites(Handle h) {
    return sites.all(h);
  }

  /** The delivery state of the sites of one domain (usually one; more when they differ by port). */
  public List<SiteState> sitesOfDomain(Handle h, String domain) {
    return sites.byDomain(h, domain);
  }

  /**
   * Tells the outbox that the site at {@code origin} is up, for instance because it just sent us
   * a signed activity: a failing site is retried at once, and a dead one gets deliveries again.
   */
  public boolean siteAnswered(Handle h, String origin) {
    boolean changed = sites.revive(h, origin(URI.create(origin)).orElse(origin));
    if (changed) LOG.info(() -> origin + " answered; delivering to it again");
    return changed;
  }

  /** Called after each committed enqueue; the delivery workers wake up on it. */
  void onEnqueued(Runnable listener) {
    this.onEnqueued = listener;
  }

  /** {@code scheme://host[:port]} in lower case, without a default port; empty unless http(s) with a host. */
  static Optional<String> origin(URI uri) {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("https") && !scheme.equals("http")) return Optional.empty();
    if (uri.getHost() == null || uri.getHost().isEmpty()) return Optional.empty();
    int port = uri.getPort();
    boolean defaultPort = port == -1 || port == (scheme.equals("https") ? 443 : 80);
    return Optional.of(scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port));
  }
}
