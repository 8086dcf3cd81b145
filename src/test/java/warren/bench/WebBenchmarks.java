package warren.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import warren.app.Settings;
import warren.app.Warren;

/**
 * The web UI's server render time on the S tier (see bench/README.md): the front page and the page
 * of a post with about 300 comments, one client, as a browser without a cache asks for them.
 */
public final class WebBenchmarks {
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private WebBenchmarks() {}

  public static void main(String[] args) throws Exception {
    Path dataDir = Path.of(args.length > 0 ? args[0] : "target/bench-data").toAbsolutePath();
    int seconds = Integer.parseInt(System.getProperty("bench.seconds", "10"));
    Path work = Path.of("target", "bench-work").toAbsolutePath();
    Files.createDirectories(work);
    Settings settings = new Settings("bench.warren.test", 18_600, "127.0.0.1", Optional.empty(), dataDir,
        Optional.empty(), new Settings.Federation(false, false), Optional.empty());
    List<String> report = new ArrayList<>();
    try (Warren warren = Warren.start(settings)) {
      warren.stopScheduledJobs();
      Settle.database(warren.database().jdbi(), java.time.Duration.ofMinutes(3));
      String base = "http://127.0.0.1:" + warren.port();
      // The smallest post with at least 300 live comments, so the page shows 300 of them or close to it.
      int[] post = warren.database().jdbi().withHandle(h -> h.createQuery("""
              select id, comments from post where comments >= 300 and not deleted and not removed
              order by comments, id limit 1""")
          .map((rs, ctx) -> new int[] {rs.getInt(1), rs.getInt(2)}).one());
      String postPath = "/post/" + post[0];
      report.add("Server render time, 1 client, anonymous, full HTML pages (target p50 <= 15 ms)");
      for (String path : List.of("/", postPath)) {
        var r = HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html").build(),
            HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) throw new IllegalStateException(path + ": " + r.statusCode());
        int shown = path.equals("/") ? 0 : count(r.body(), "class=\"comment");
        // Warm-up: the JIT compiles the templates and views (a thread page runs ~900 template calls),
        // and the first views store each comment's rendered Markdown. Steady state is what is measured.
        Wrk.run(base, List.of(path), null, 1, 1, Math.max(seconds, 15), work);
        Wrk.Result one = Wrk.run(base, List.of(path), null, 1, 1, seconds, work);
        Wrk.Result four = Wrk.run(base, List.of(path), null, 2, 4, seconds, work);
        report.add(String.format("  %-14s %s: p50 %.2f ms, p99 %.2f ms, %.0f pages/s; 4 clients %.0f pages/s: %s",
            path, path.equals("/") ? "front page, 20 posts" : "post with " + post[1] + " comments (" + shown
                + " comment elements, " + r.body().length() / 1024 + " KB)",
            one.p50Millis(), one.p99Millis(), one.requestsPerSecond(), four.requestsPerSecond(),
            one.p50Millis() <= 15 ? "PASS" : "FAIL"));
      }
    }
    report.forEach(System.out::println);
    System.exit(0);
  }

  private static int count(String text, String needle) {
    int n = 0;
    for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) n++;
    return n;
  }
}
