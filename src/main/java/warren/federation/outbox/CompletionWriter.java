package warren.federation.outbox;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jdbi.v3.core.Jdbi;

/**
 * Writes how deliveries went, many per transaction: under load, outcomes arrive faster than one
 * transaction each would allow. A delivery row is deleted only here, after its 2xx; if the node
 * dies before, the row is sent again after its lease (at least once, never lost). The queue holds
 * at most the deliveries in flight, which the global limit bounds.
 */
final class CompletionWriter {
  private static final Logger LOG = Logger.getLogger(CompletionWriter.class.getName());
  private static final int MAX_BATCH = 1000;

  private final Jdbi jdbi;
  private final OutboxSettings settings;
  private final IntConsumer written;
  private final Runnable siteDied;
  private final DeliveryQueue queue = new DeliveryQueue();
  private final SiteStore sites = new SiteStore();
  private final LinkedBlockingQueue<Outcome> outcomes = new LinkedBlockingQueue<>();
  private volatile boolean stopping;

  /**
   * @param written  told how many outcomes were stored, so their slots can be reused
   * @param siteDied told when a site was declared dead, so its backlog can be dropped
   */
  CompletionWriter(Jdbi jdbi, OutboxSettings settings, IntConsumer written, Runnable siteDied) {
    this.jdbi = jdbi;
    this.settings = settings;
    this.written = written;
    this.siteDied = siteDied;
  }

  void add(Outcome outcome) {
    outcomes.add(outcome);
  }

  /**
   * Writes outcomes as they come until {@link #stop}, then whatever is left. Never interrupted:
   * an interrupted virtual thread closes its socket, and with it the database connection.
   */
  void run() {
    List<Outcome> batch = new ArrayList<>();
    while (!stopping || !batch.isEmpty() || !outcomes.isEmpty()) {
      if (batch.isEmpty()) {
        Outcome first = poll();
        if (first == null) continue;
        batch.add(first);
      }
      outcomes.drainTo(batch, MAX_BATCH - batch.size());
      if (writeOrWait(batch)) batch.clear();
      else if (stopping) break;
    }
  }

  void stop() {
    stopping = true;
  }

  private Outcome poll() {
    try {
      return outcomes.poll(100, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      stopping = true;
      return null;
    }
  }

  /** On a database error, keeps the batch and waits a little: the outcomes must not be lost. */
  private boolean writeOrWait(List<Outcome> batch) {
    try {
      write(batch);
      return true;
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "cannot record " + batch.size() + " delivery outcomes; trying again", e);
      try {
        Thread.sleep(settings.poll().toMillis() + 500);
      } catch (InterruptedException stop) {
        stopping = true;
      }
      return false;
    }
  }

  void write(List<Outcome> batch) {
    List<Long> done = new ArrayList<>();
    List<Long> retry = new ArrayList<>();
    List<Long> delays = new ArrayList<>();
    List<Long> abandoned = new ArrayList<>();
    Map<Integer, Boolean> answered = new LinkedHashMap<>();
    Map<Integer, Outcome> failedSites = new LinkedHashMap<>();
    // A delivery lives as long as its activity (7 days). A site that is down dies before that
    // (3 days) and loses its queue; this catches one activity that a live site keeps failing on.
    Instant giveUpBefore = Instant.now().minus(settings.keepActivities());
    for (Outcome o : batch) {
      ClaimedDelivery d = o.delivery();
      switch (o.kind()) {
        case DELIVERED -> done.add(d.id());
        case REJECTED -> {
          LOG.warning(() -> "dropped " + d.activityApId() + " for " + d.inbox() + ": " + o.detail());
          done.add(d.id());
        }
        case RETRY -> {
          failedSites.merge(d.siteId(), o, (a, b) -> a.delivery().claimedAt().isAfter(b.delivery().claimedAt()) ? a : b);
          if (d.created().isBefore(giveUpBefore)) {
            LOG.warning(() -> "gave up on " + d.activityApId() + " for " + d.inbox() + " after "
                + (d.attempts() + 1) + " attempts: " + o.detail());
            done.add(d.id());
          } else {
            retry.add(d.id());
            delays.add(settings.backoff(d.attempts() + 1).toMillis());
          }
        }
        case ABANDONED -> abandoned.add(d.id());
      }
      if (o.siteAnswered()) answered.put(d.siteId(), true);
    }
    answered.keySet().forEach(failedSites::remove);
    List<String> died = jdbi.inTransaction(h -> {
      queue.delete(h, longs(done));
      queue.retryLater(h, longs(retry), longs(delays));
      queue.release(h, longs(abandoned));
      sites.answered(h, answered.keySet().stream().mapToInt(Integer::intValue).toArray());
      int[] ids = failedSites.keySet().stream().mapToInt(Integer::intValue).toArray();
      long[] claimed = failedSites.values().stream()
          .mapToLong(o -> ChronoUnit.MICROS.between(Instant.EPOCH, o.delivery().claimedAt())).toArray();
      String[] errors = failedSites.values().stream().map(Outcome::detail).toArray(String[]::new);
      return sites.failed(h, ids, claimed, errors, settings);
    });
    for (String origin : died) {
      LOG.warning(() -> origin + " has failed for longer than " + settings.deadAfter()
          + ": it is dead; its queue is dropped until it answers again");
    }
    if (!died.isEmpty()) siteDied.run();
    written.accept(batch.size());
  }

  private static long[] longs(List<Long> values) {
    return values.stream().mapToLong(Long::longValue).toArray();
  }
}
