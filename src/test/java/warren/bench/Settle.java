package warren.bench;

import java.time.Duration;
import org.jdbi.v3.core.Jdbi;

/**
 * Brings the database to rest before a measurement: a run of the benchmarks (or the seed, or
 * Warren's own rank refresh) leaves hundreds of thousands of dead rows behind, and autovacuum
 * would otherwise clean them up in the middle of the next measurement, on the same two cores.
 */
final class Settle {
  private Settle() {}

  static void database(Jdbi jdbi, Duration patience) throws InterruptedException {
    long t0 = System.nanoTime();
    System.err.println("Settling the database (vacuum analyze, then waiting for autovacuum)...");
    jdbi.useHandle(h -> h.execute("vacuum (analyze)"));
    long deadline = System.nanoTime() + patience.toNanos();
    while (System.nanoTime() < deadline) {
      int workers = jdbi.withHandle(h -> h.createQuery(
          "select count(*) from pg_stat_activity where backend_type = 'autovacuum worker'").mapTo(Integer.class).one());
      if (workers == 0) break;
      Thread.sleep(1000);
    }
    System.err.printf("Settled in %d s%n", (System.nanoTime() - t0) / 1_000_000_000);
  }
}
