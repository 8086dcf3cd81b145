package warren.federation.outbox;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jdbi.v3.core.Jdbi;
import warren.domain.DomainException;
import warren.support.web.AddressGuard;

/**
 * The outbox's scheduled jobs: pruning sent activities after their week, dropping the backlog
 * of dead sites, and probing dead sites, any of which comes back to life as soon as it gives any
 * HTTP answer at {@code /.well-known/nodeinfo} (as Lemmy's daily check counts one).
 */
public final class OutboxMaintenance {
  private static final Logger LOG = Logger.getLogger(OutboxMaintenance.class.getName());
  private static final int BATCH = 1000;
  private static final int PROBES_PER_RUN = 200;

  private final Jdbi jdbi;
  private final OutboxSettings settings;
  private final AddressGuard guard;
  private final String userAgent;
  private final ActivityStore activities = new ActivityStore();
  private final DeliveryQueue queue = new DeliveryQueue();
  private final SiteStore sites = new SiteStore();

  public OutboxMaintenance(Jdbi jdbi, OutboxSettings settings, AddressGuard guard, String userAgent) {
    this.jdbi = jdbi;
    this.settings = settings;
    this.guard = guard;
    this.userAgent = userAgent;
  }

  /** Deletes sent activities older than the keep period, in batches; returns how many. */
  public int pruneSentActivities() {
    int total = 0;
    for (int n = BATCH; n == BATCH; total += n) {
      n = jdbi.withHandle(h -> activities.pruneOlderThan(h, settings.keepActivities(), BATCH));
    }
    if (total > 0) LOG.fine("pruned sent activities: " + total);
    return total;
  }

  /** Deletes the pending deliveries of dead sites, in batches; returns how many. */
  public int dropBacklogOfDeadSites() {
    int total = 0;
    for (int n = BATCH; n == BATCH; total += n) {
      n = jdbi.withHandle(h -> queue.dropForDeadSites(h, BATCH));
    }
    if (total > 0) LOG.info("dropped " + total + " deliveries to dead sites");
    return total;
  }

  /** Probes the dead sites whose probe is due; returns the origins that answered and live again. */
  public List<String> probeDeadSites() {
    List<String> due = jdbi.inTransaction(h -> sites.takeDueProbes(h, PROBES_PER_RUN, settings.probeEvery()));
    if (due.isEmpty()) return List.of();
    try (HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(settings.requestTimeout()).build();
        ExecutorService probes = Executors.newVirtualThreadPerTaskExecutor()) {
      var answers = due.stream().map(origin -> probes.submit(() -> answers(http, origin) ? origin : null)).toList();
      List<String> alive = answers.stream().map(f -> {
        try {
          return f.get();
        } catch (Exception e) {
          return null;
        }
      }).filter(o -> o != null).toList();
      for (String origin : alive) {
        if (jdbi.inTransaction(h -> sites.revive(h, origin))) LOG.info(origin + " answered a probe; delivering to it again");
      }
      return alive;
    }
  }

  private boolean answers(HttpClient http, String origin) {
    try {
      URI uri = URI.create(origin + "/.well-known/nodeinfo");
      guard.resolve(uri.getHost());
      http.send(HttpRequest.newBuilder(uri).timeout(settings.requestTimeout()).header("User-Agent", userAgent)
          .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.discarding());
      return true;
    } catch (DomainException | IllegalArgumentException | java.io.IOException e) {
      LOG.log(Level.FINE, origin + " is still dead", e);
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
