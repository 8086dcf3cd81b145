package warren.federation.outbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * A real Warren in a JVM of its own ({@code warren.app.Main}, configured through environment
 * variables as an admin would), on an existing database, with Lemmy's fast federation flag. It
 * can be killed with SIGKILL, which no in-process test can imitate.
 */
final class WarrenProcess implements AutoCloseable {
  private final Process process;
  private final int port;
  private final Path log;

  private WarrenProcess(Process process, int port, Path log) {
    this.process = process;
    this.port = port;
    this.log = log;
  }

  static WarrenProcess start(String jdbcUrl, String name) {
    int port = FakeInbox.freePort();
    try {
      Path log = Path.of("target", "warren-process-" + name + ".log").toAbsolutePath();
      Files.createDirectories(log.getParent());
      String java = ProcessHandle.current().info().command().orElse("java");
      var builder = new ProcessBuilder(List.of(java, "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
          "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"), "warren.app.Main"))
          .redirectErrorStream(true).redirectOutput(log.toFile());
      var env = builder.environment();
      env.keySet().removeIf(k -> k.startsWith("WARREN_") || k.equals("DATABASE_URL"));
      env.put("WARREN_DATABASE_URL", jdbcUrl);
      env.put("WARREN_HOSTNAME", "warren.test");
      env.put("WARREN_BIND", "127.0.0.1");
      env.put("WARREN_PORT", Integer.toString(port));
      env.put("WARREN_FEDERATION_DEBUG", "true");
      env.put("LEMMY_TEST_FAST_FEDERATION", "1");
      var warren = new WarrenProcess(builder.start(), port, log);
      warren.awaitReady(Duration.ofSeconds(90));
      return warren;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void awaitReady(Duration max) {
    long deadline = System.nanoTime() + max.toNanos();
    try (HttpClient http = HttpClient.newHttpClient()) {
      while (System.nanoTime() < deadline) {
        if (!process.isAlive()) throw new IllegalStateException("Warren exited; see " + log);
        try {
          var response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v3/site"))
              .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
          if (response.statusCode() == 200) return;
        } catch (IOException e) {
          // not listening yet
        }
        Thread.sleep(100);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    throw new IllegalStateException("Warren did not start in " + max + "; see " + log);
  }

  /** SIGKILL: no shutdown hook, no last write, sockets closed by the kernel. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      process.destroy();
      if (!process.waitFor(java.util.concurrent.TimeUnit.SECONDS.toMillis(20), java.util.concurrent.TimeUnit.MILLISECONDS)) {
        kill();
      }
    }
  }
}
