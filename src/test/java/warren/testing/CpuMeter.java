package warren.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * CPU time as the benchmarks report it, read from /proc: this JVM's, the embedded PostgreSQL's
 * (pg_ctl daemonizes the postmaster, so it is not a child of the JVM: it is found by its pid file,
 * its backends by their parent), and the machine's, since the VM is shared and a rate means
 * little without knowing how much of the CPU was ours.
 */
public final class CpuMeter {
  private CpuMeter() {}

  /** CPU time this JVM has used, in nanoseconds. */
  public static long jvmNanos() {
    return ProcessHandle.current().info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
  }

  /** Busy and total ticks of all CPUs, from /proc/stat. */
  public static long[] machineTicks() throws IOException {
    String[] f = Files.readAllLines(Path.of("/proc/stat")).getFirst().trim().split("\\s+");
    long total = 0;
    for (int i = 1; i < f.length; i++) total += Long.parseLong(f[i]);
    long idle = Long.parseLong(f[4]) + Long.parseLong(f[5]);
    return new long[] {total - idle, total};
  }

  /**
   * CPU ticks (1/100 s) used so far by the embedded PostgreSQL under {@code dataDir}: the postmaster and its
   * children, running or ended.
   */
  public static long postgresTicks(Path dataDir) throws IOException {
    Path pidFile = dataDir.resolve("postgres").resolve("postmaster.pid");
    if (!Files.exists(pidFile)) return 0;
    String postmaster = Files.readAllLines(pidFile).getFirst().trim();
    long ticks = 0;
    try (var procs = Files.list(Path.of("/proc"))) {
      for (Path proc : procs.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
        try {
          String stat = Files.readString(proc.resolve("stat"));
          String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
          if (proc.getFileName().toString().equals(postmaster)) {
            // With its children that have ended (a client's backend ends when it disconnects).
            ticks += Long.parseLong(f[11]) + Long.parseLong(f[12]) + Long.parseLong(f[13]) + Long.parseLong(f[14]);
          } else if (f[1].equals(postmaster)) {
            ticks += Long.parseLong(f[11]) + Long.parseLong(f[12]);
          }
        } catch (IOException e) {
          // the process ended meanwhile
        }
      }
    }
    return ticks;
  }
}
