package warren.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs wrk against a list of paths, taken in turn, and reads its latency distribution. */
final class Wrk {
  record Result(double requestsPerSecond, double p50Millis, double p99Millis) {}

  private Wrk() {}

  static Result run(String base, List<String> paths, String token, int threads, int connections, int seconds,
      Path work) throws IOException, InterruptedException {
    Path script = work.resolve("wrk-" + Math.abs((paths.toString() + token).hashCode()) + ".lua");
    StringBuilder lua = new StringBuilder("local paths = {");
    for (String p : paths) lua.append('"').append(p.replace("\"", "\\\"")).append("\",");
    lua.append("}\nlocal i = 0\n");
    if (token != null) lua.append("wrk.headers[\"Authorization\"] = \"Bearer ").append(token).append("\"\n");
    lua.append("""
        request = function()
          i = i % #paths + 1
          return wrk.format("GET", paths[i])
        end
        """);
    Files.writeString(script, lua);
    List<String> cmd = new ArrayList<>(List.of("wrk", "-t" + threads, "-c" + connections, "-d" + seconds + "s",
        "--latency", "-s", script.toString(), base));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes());
    if (p.waitFor() != 0) throw new IllegalStateException("wrk failed:\n" + out);
    if (out.contains("Non-2xx")) throw new IllegalStateException("wrk saw errors:\n" + out);
    return new Result(number(out, "Requests/sec:\\s+([0-9.]+)"), millis(out, "50%"), millis(out, "99%"));
  }

  private static double number(String out, String regex) {
    Matcher m = Pattern.compile(regex).matcher(out);
    if (!m.find()) throw new IllegalStateException("no " + regex + " in:\n" + out);
    return Double.parseDouble(m.group(1));
  }

  /** wrk prints latencies as 1.23ms, 456.78us or 1.02s. */
  private static double millis(String out, String percentile) {
    Matcher m = Pattern.compile("\\s" + percentile + "\\s+([0-9.]+)(us|ms|s)").matcher(out);
    if (!m.find()) throw new IllegalStateException("no " + percentile + " in:\n" + out);
    double v = Double.parseDouble(m.group(1));
    return switch (m.group(2)) {
      case "us" -> v / 1000;
      case "s" -> v * 1000;
      default -> v;
    };
  }
}
