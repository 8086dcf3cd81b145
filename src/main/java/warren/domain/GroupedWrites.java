package warren.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;

/**
 * Small writes from many threads committed together. Each caller hands over its unit of work and
 * waits; one writer runs all the units waiting at that moment in one transaction, in the order
 * they came, so they share one commit and its WAL flush (for a busy inbox, the largest fixed cost
 * of each activity). While a batch runs, the next one gathers, so the batches grow with the load
 * and a lone write waits for nobody.
 *
 * <p>The writer is a platform thread: a virtual one queued behind the very callers it serves after
 * each statement, and the whole inbox waited on it (bench/inbox, short runs: 515 activities/s with
 * a virtual writer, 776/s with a platform one).
 *
 * <p>A unit that throws fails alone: its batch is rolled back and each of its units runs again in
 * a transaction of its own, so a caller sees exactly what a transaction of its own would have
 * given. Units must therefore be safe to run twice when the first run was rolled back, and should
 * not wait on the network. The writer starts when work arrives and ends after a second without any.
 */
public final class GroupedWrites {
  /** Enough to share a commit widely; small enough that one batch does not hold row locks for long. */
  static final int MAX_BATCH = 64;
  private static final long IDLE_MILLIS = 1_000;

  private final Jdbi jdbi;
  private final LinkedBlockingQueue<Unit<?>> waiting = new LinkedBlockingQueue<>();
  private final AtomicBoolean writing = new AtomicBoolean();
  private final AtomicLong transactions = new AtomicLong();

  public GroupedWrites(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  private static final class Unit<T> {
    final HandleCallback<T, RuntimeException> work;
    final CompletableFuture<T> done = new CompletableFuture<>();
    T result;

    Unit(HandleCallback<T, RuntimeException> work) {
      this.work = work;
    }

    void runOn(org.jdbi.v3.core.Handle h) {
      result = work.withHandle(h);
    }
  }

  /** Runs {@code work} in a transaction, perhaps shared with other callers' work; returns once it committed. */
  public <T> T write(HandleCallback<T, RuntimeException> work) {
    Unit<T> unit = new Unit<>(work);
    waiting.add(unit);
    if (writing.compareAndSet(false, true)) Thread.ofPlatform().daemon().name("grouped-writes").start(this::drain);
    try {
      return unit.done.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for a grouped write", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) throw r;
      if (e.getCause() instanceof Error err) throw err;
      throw new IllegalStateException(e.getCause());
    }
  }

  /** Units handed over and not yet taken by the writer: for tests. */
  int waiting() {
    return waiting.size();
  }

  /** Transactions committed or tried so far (batches and single re-runs): for tests and benchmarks. */
  public long transactions() {
    return transactions.get();
  }

  private void drain() {
    boolean idle = false;
    try {
      drainUntilIdle();
      idle = true;
    } finally {
      // Should the writer ever die of something unforeseen, the next write starts another.
      if (!idle) writing.set(false);
    }
  }

  private void drainUntilIdle() {
    List<Unit<?>> batch = new ArrayList<>(MAX_BATCH);
    while (true) {
      batch.clear();
      Unit<?> first = nextOrNullWhenIdle();
      if (first == null) {
        writing.set(false);
        // A unit added after the wait above and before the flag dropped found the flag still set
        // and started no writer: take it on, unless another writer has started meanwhile.
        if (waiting.isEmpty() || !writing.compareAndSet(false, true)) return;
        continue;
      }
      batch.add(first);
      waiting.drainTo(batch, MAX_BATCH - 1);
      run(batch);
    }
  }

  /** The next unit; the writer stays a moment for one, so steady traffic does not start a thread per write. */
  private Unit<?> nextOrNullWhenIdle() {
    try {
      return waiting.poll(IDLE_MILLIS, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      return waiting.poll(); // stopping: what is already there still gets written
    }
  }

  private void run(List<Unit<?>> batch) {
    if (batch.size() > 1) {
      try {
        transactions.incrementAndGet();
        jdbi.useTransaction(h -> batch.forEach(u -> u.runOn(h)));
        batch.forEach(GroupedWrites::complete);
        return;
      } catch (RuntimeException | Error e) {
        batch.forEach(u -> u.result = null); // rolled back: each runs again on its own
      }
    }
    for (Unit<?> u : batch) {
      try {
        transactions.incrementAndGet();
        jdbi.useTransaction(u::runOn);
        complete(u);
      } catch (RuntimeException | Error e) {
        u.done.completeExceptionally(e);
      }
    }
  }

  private static <T> void complete(Unit<T> u) {
    u.done.complete(u.result);
  }
}
