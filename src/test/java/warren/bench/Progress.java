package warren.bench;

import java.io.PrintStream;
import java.util.Locale;

/** Rows done, percent, rows per second and elapsed time of one phase, printed about every two seconds. */
final class Progress {
  private static final long EVERY_NANOS = 2_000_000_000L;

  private final PrintStream out;
  private final String phase;
  private final long total;
  private final long start = System.nanoTime();
  private long done;
  private long lastPrint = start;

  Progress(PrintStream out, String phase, long total) {
    this.out = out;
    this.phase = phase;
    this.total = total;
  }

  void add(long rows) {
    done += rows;
    long t = System.nanoTime();
    if (t - lastPrint >= EVERY_NANOS) {
      lastPrint = t;
      print(t, "");
    }
  }

  /** Returns the seconds the phase took. */
  double finish() {
    long t = System.nanoTime();
    print(t, " done");
    return (t - start) / 1e9;
  }

  private void print(long t, String suffix) {
    double secs = (t - start) / 1e9;
    out.println(String.format(Locale.ROOT, "  %-16s %,12d / %,d  %3d%%  %,10.0f rows/s  %6.1f s%s",
        phase, done, total, total == 0 ? 100 : done * 100 / total, secs > 0 ? done / secs : 0, secs, suffix));
  }

  /** Times a step that reports no rows, such as one SQL statement. */
  static double timed(PrintStream out, String step, SqlStep work) throws java.sql.SQLException {
    long t0 = System.nanoTime();
    work.run();
    double secs = (System.nanoTime() - t0) / 1e9;
    out.println(String.format(Locale.ROOT, "  %-52s %6.1f s", step, secs));
    return secs;
  }

  @FunctionalInterface
  interface SqlStep {
    void run() throws java.sql.SQLException;
  }
}
