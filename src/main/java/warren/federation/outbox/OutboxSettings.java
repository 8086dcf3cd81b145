package warren.federation.outbox;

import java.time.Duration;
import warren.app.Settings;

/**
 * How the outbox delivers. {@link #from} gives production values; tests shorten the waits.
 *
 * @param perSite        most deliveries in flight to one site, over all nodes (one while it fails)
 * @param total          most deliveries in flight from this node
 * @param deadAfter      a site failing without a break for this long is dead
 * @param poll           how often idle workers look for due work (they are also woken on enqueue)
 * @param requestTimeout per POST, as Lemmy's fetch timeout
 * @param lease          how long a claimed delivery is reserved for the node that claimed it; if the
 *                       node dies, another takes the delivery after this. Must exceed the timeout.
 * @param retryBase      the unit of the backoff: the n-th retry waits {@code base * 1.25^(n-1)}
 * @param retryMax       the longest wait between two attempts
 * @param probeEvery     how often a dead site is asked whether it is back
 * @param keepActivities how long sent activities stay (served at their ids)
 */
public record OutboxSettings(int perSite, int total, Duration deadAfter, Duration poll, Duration requestTimeout,
    Duration lease, Duration retryBase, Duration retryMax, Duration probeEvery, Duration keepActivities) {

  public OutboxSettings {
    if (perSite < 1 || total < 1) throw new IllegalArgumentException("concurrency must be at least 1");
    if (lease.compareTo(requestTimeout) <= 0) throw new IllegalArgumentException("the lease must outlast a request");
  }

  public static OutboxSettings from(Settings settings) {
    Settings.Delivery d = settings.federation().delivery();
    return new OutboxSettings(d.perSite(), d.total(), Duration.ofDays(d.deadAfterDays()),
        settings.federation().fastDelivery() ? Duration.ofMillis(100) : Duration.ofSeconds(1),
        Duration.ofSeconds(10), Duration.ofSeconds(60), Duration.ofSeconds(1), Duration.ofDays(1),
        Duration.ofHours(1), Duration.ofDays(7));
  }

  /**
   * The wait before retry number {@code failures}: none for the first, then growing by a quarter
   * each time up to {@link #retryMax}, as Lemmy's {@code federate_retry_sleep_duration} (with a
   * one-second base it reaches a day after about 50 failures, three and a half days in).
   */
  public Duration backoff(int failures) {
    if (failures <= 1) return Duration.ZERO;
    double millis = retryBase.toMillis() * Math.pow(1.25, failures - 1);
    return millis >= retryMax.toMillis() ? retryMax : Duration.ofMillis((long) millis);
  }
}
