package warren.federation.outbox;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jdbi.v3.core.Jdbi;
import warren.support.web.AddressGuard;

/**
 * Delivers the outbox from this node. One dispatcher claims due deliveries (as many as there are
 * free slots under the node's limit, each site within its own limit) and sends each from its own
 * virtual thread; a {@link CompletionWriter} records the outcomes. The dispatcher sleeps for the
 * poll interval when there is nothing to claim, and wakes early when this node enqueues (after
 * the commit) or when finished deliveries free slots or unblock the next activity of an object.
 * Other nodes that run workers on the same database share the queue; enqueues there reach this
 * node at its next poll.
 */
public final class DeliveryWorkers implements AutoCloseable {
  private static final Logger LOG = Logger.getLogger(DeliveryWorkers.class.getName());
  /** How long a stop waits for deliveries in flight before giving their rows back. */
  private static final long STOP_GRACE_MILLIS = 2_000;
  private static final long RECOVER_EVERY_NANOS = 2_000_000_000L;
  private static final long COALESCE_MILLIS = 5;

  private final Jdbi jdbi;
  private final OutboxSettings settings;
  private final InboxPoster poster;
  private final DeliveryQueue queue = new DeliveryQueue();
  private final CompletionWriter completions;
  private final NodePresence presence;
  private final Runnable backlogDropper;
  private final AtomicInteger inFlight = new AtomicInteger();
  private final LongAdder claims = new LongAdder();
  private final LongAdder claimedRows = new LongAdder();
  private final Set<Long> sending = ConcurrentHashMap.newKeySet();
  private final ArrayBlockingQueue<Boolean> wakeups = new ArrayBlockingQueue<>(1);
  private final ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor();
  private final Thread dispatcher;
  private final Thread writer;
  private volatile boolean running = true;

  DeliveryWorkers(Jdbi jdbi, Outbox outbox, OutboxSettings settings, InboxPoster poster, Runnable backlogDropper) {
    this.jdbi = jdbi;
    this.settings = settings;
    this.poster = poster;
    this.backlogDropper = backlogDropper;
    this.completions = new CompletionWriter(jdbi, settings, this::finished, this::siteDied);
    this.presence = new NodePresence(jdbi);
    outbox.onEnqueued(this::wake);
    this.writer = Thread.ofVirtual().name("outbox-writer").unstarted(completions::run);
    this.dispatcher = Thread.ofVirtual().name("outbox-dispatcher").unstarted(this::dispatch);
  }

  /**
   * Starts delivering; returns at once.
   *
   * @param guard     where deliveries may go (loopback and private addresses only in debug mode)
   * @param debug     federation debug mode: {@code http://} inboxes allowed
   * @param userAgent sent with every delivery
   */
  public static DeliveryWorkers start(Jdbi jdbi, Outbox outbox, OutboxSettings settings, AddressGuard guard,
      boolean debug, String userAgent) {
    var poster = new InboxPoster(guard, debug, userAgent, settings.requestTimeout(), new CavageRsaSigner(),
        new SigningKeys(jdbi));
    return start(jdbi, outbox, settings, poster, new OutboxMaintenance(jdbi, settings, guard, userAgent));
  }

  static DeliveryWorkers start(Jdbi jdbi, Outbox outbox, OutboxSettings settings, InboxPoster poster,
      OutboxMaintenance maintenance) {
    var workers = new DeliveryWorkers(jdbi, outbox, settings, poster, maintenance::dropBacklogOfDeadSites);
    workers.writer.start();
    workers.dispatcher.start();
    return workers;
  }

  /** Asks the dispatcher to look for work now instead of at its next poll. */
  public void wake() {
    wakeups.offer(Boolean.TRUE);
  }

  /** Deliveries this node is sending right now (for tests and benchmarks). */
  public int inFlight() {
    return inFlight.get();
  }

  /** Claim statements run and rows they claimed since the start (for benchmarks). */
  public long[] claimStats() {
    return new long[] {claims.sum(), claimedRows.sum()};
  }

  private void dispatch() {
    long recoveredAt = 0;
    while (running) {
      if (System.nanoTime() - recoveredAt > RECOVER_EVERY_NANOS) {
        recoverOrphans();
        recoveredAt = System.nanoTime();
      }
      int free = settings.total() - inFlight.get();
      int claimed = 0;
      if (free > 0) {
        try {
          claimed = claimAndSend(free);
        } catch (RuntimeException e) {
          LOG.log(Level.WARNING, "cannot claim deliveries; trying again", e);
        }
      }
      // A full claim means more is probably due: go again at once. Otherwise sleep until woken;
      // while busy, let a few more deliveries finish first, so that one claim takes several.
      if (claimed == 0 || claimed < free) {
        try {
          wakeups.poll(settings.poll().toMillis(), TimeUnit.MILLISECONDS);
          if (claimed > 0) Thread.sleep(COALESCE_MILLIS);
        } catch (InterruptedException e) {
          return;
        }
      }
    }
  }

  /** Takes back what dead nodes had claimed, this node's previous life included. */
  private void recoverOrphans() {
    try {
      int n = presence.releaseOrphanedClaims();
      if (n > 0) LOG.info(() -> "took back " + n + " deliveries claimed by nodes that are gone");
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "cannot look for orphaned deliveries", e);
    }
  }

  private int claimAndSend(int free) {
    String node = presence.id();
    List<ClaimedDelivery> claimed = jdbi.inTransaction(h ->
        queue.claim(h, node, free, settings.perSite(), settings.lease()));
    claims.increment();
    claimedRows.add(claimed.size());
    for (ClaimedDelivery d : claimed) {
      inFlight.incrementAndGet();
      sending.add(d.id());
      senders.execute(() -> send(d));
    }
    return claimed.size();
  }

  private void send(ClaimedDelivery d) {
    Outcome outcome;
    try {
      outcome = running ? poster.post(d) : Outcome.abandoned(d);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "delivery of " + d.activityApId() + " to " + d.inbox() + " failed", e);
      outcome = Outcome.retry(d, e.toString());
    }
    // Stopping interrupts sends, which closes their sockets: that is no failure of the site.
    if (!running && outcome.kind() == Outcome.Kind.RETRY) outcome = Outcome.abandoned(d);
    sending.remove(d.id());
    completions.add(outcome);
  }

  private void finished(int count) {
    inFlight.addAndGet(-count);
    wake();
  }

  private void siteDied() {
    Thread.ofVirtual().name("outbox-dead-site-backlog").start(backlogDropper);
  }

  /**
   * Stops claiming, lets deliveries in flight finish for a moment, then interrupts the rest and
   * gives their rows back, so that a restart (or another node) sends them at once.
   */
  @Override
  public void close() {
    running = false;
    wake();
    try {
      dispatcher.join(5_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    long deadline = System.currentTimeMillis() + STOP_GRACE_MILLIS;
    while (inFlight.get() > 0 && System.currentTimeMillis() < deadline) {
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    senders.shutdownNow();
    try {
      senders.awaitTermination(1, TimeUnit.SECONDS);
      completions.stop();
      writer.join(5_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    long[] left = sending.stream().mapToLong(Long::longValue).toArray();
    if (left.length > 0) {
      try {
        jdbi.useTransaction(h -> queue.release(h, left));
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, left.length + " deliveries stay leased until their lease ends", e);
      }
    }
    poster.close();
    presence.close();
  }
}
