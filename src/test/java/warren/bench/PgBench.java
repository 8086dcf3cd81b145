package warren.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The floor: the same SQL as Warren runs, alone in pgbench, at the same concurrency. */
final class PgBench {
  private PgBench() {}

  static double tps(int port, Path[] scripts, int threads, int clients, int seconds)
      throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of("pgbench", "-n", "-h", "127.0.0.1", "-p", Integer.toString(port),
        "-U", "postgres", "-c", Integer.toString(clients), "-j", Integer.toString(threads),
        "-T", Integer.toString(seconds), "-M", "prepared"));
    for (Path s : scripts) {
      cmd.add("-f");
      cmd.add(s.toString());
    }
    cmd.add("warren");
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes());
    if (p.waitFor() != 0) throw new IllegalStateException("pgbench failed:\n" + out);
    Matcher m = Pattern.compile("tps = ([0-9.]+)").matcher(out);
    if (!m.find()) throw new IllegalStateException("no tps in:\n" + out);
    return Double.parseDouble(m.group(1));
  }
}
