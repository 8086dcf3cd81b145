package warren.support.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.GZIPOutputStream;
import javax.net.ssl.SSLSocketFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import warren.domain.DomainException;
import warren.domain.ErrorType;

/** Fetching over real HTTP from a fake site on 127.0.0.1: limits, redirects and the SSRF guard. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SafeHttpClientTest {
  private static final String UA = SafeHttpClient.userAgent("http://warren.test");
  private FakeWebSite site;
  private SafeHttpClient debugClient;

  @BeforeAll
  void start() {
    site = FakeWebSite.start();
    debugClient = new SafeHttpClient(new AddressGuard(true), UA, Duration.ofSeconds(5));
    site.html("/hello", "<title>hello</title>");
    for (int i = 1; i <= 5; i++) site.redirect("/hop" + i, i % 2 == 0 ? 301 : 302, "/hop" + (i + 1));
    site.html("/hop6", "<title>the end</title>");
    site.redirect("/loop", 302, "/loop");
    site.redirect("/to-ftp", 302, "ftp://127.0.0.1/file");
    site.handle("/slow", ex -> {
      sleep(5000);
      FakeWebSite.send(ex, 200, "text/html", "<title>late</title>".getBytes(StandardCharsets.UTF_8));
    });
    site.handle("/drip", ex -> {
      ex.getResponseHeaders().add("Content-Type", "text/html");
      ex.sendResponseHeaders(200, 0);
      for (int i = 0; i < 100; i++) {
        ex.getResponseBody().write('x');
        ex.getResponseBody().flush();
        sleep(200);
      }
    });
    site.handle("/endless", ex -> {
      ex.getResponseHeaders().add("Content-Type", "text/html");
      ex.sendResponseHeaders(200, 0); // chunked, without end
      byte[] block = "<p>filler</p>\n".repeat(4096).getBytes(StandardCharsets.UTF_8);
      while (true) ex.getResponseBody().write(block); // until the client hangs up
    });
    site.handle("/gzip", ex -> {
      var buf = new ByteArrayOutputStream();
      try (var gz = new GZIPOutputStream(buf)) {
        gz.write("<title>zipped</title>".getBytes(StandardCharsets.UTF_8));
      }
      ex.getResponseHeaders().add("Content-Encoding", "gzip");
      FakeWebSite.send(ex, 200, "text/html", buf.toByteArray());
    });
    site.handle("/gzip-bomb", ex -> {
      ex.getResponseHeaders().add("Content-Encoding", "gzip");
      ex.getResponseHeaders().add("Content-Type", "text/html");
      ex.sendResponseHeaders(200, 0);
      try (var gz = new GZIPOutputStream(ex.getResponseBody())) {
        byte[] zeros = new byte[1 << 20];
        for (int i = 0; i < 1024; i++) gz.write(zeros); // 1 GiB once inflated
      }
    });
  }

  @AfterAll
  void stop() {
    site.close();
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static String text(FetchedResponse r, int max) {
    return new String(r.readBody(max), StandardCharsets.UTF_8);
  }

  private static ErrorType errorOf(Runnable r) {
    try {
      r.run();
    } catch (DomainException e) {
      return e.type();
    }
    throw new AssertionError("expected a refusal");
  }

  @Test
  void getsAPageAndNamesWarrenAsTheClient() {
    site.html("/who", "<title>hello</title>");
    try (var r = debugClient.get(URI.create(site.url("/who")))) {
      assertThat(r.status()).isEqualTo(200);
      assertThat(r.contentType()).contains("text/html; charset=utf-8");
      assertThat(text(r, 1000)).isEqualTo("<title>hello</title>");
    }
    var seen = site.seen().stream().filter(s -> s.path().equals("/who")).findFirst().orElseThrow();
    assertThat(seen.userAgent()).startsWith("Warren/").endsWith("; +http://warren.test");
    assertThat(seen.host()).isEqualTo("127.0.0.1:" + site.port());
  }

  @Test
  void followsFiveRedirectsAndReportsTheFinalUrl() {
    try (var r = debugClient.get(URI.create(site.url("/hop1")))) {
      assertThat(r.uri().getPath()).isEqualTo("/hop6");
      assertThat(text(r, 1000)).isEqualTo("<title>the end</title>");
    }
  }

  @Test
  void refusesASixthRedirect() {
    assertThat(errorOf(() -> debugClient.get(URI.create(site.url("/loop"))).close())).isEqualTo(ErrorType.UNKNOWN);
    assertThat(site.seen().stream().filter(s -> s.path().equals("/loop")).count()).isLessThanOrEqualTo(6);
  }

  @Test
  void refusesOtherSchemesAlsoAfterARedirect() {
    assertThat(errorOf(() -> debugClient.get(URI.create("ftp://127.0.0.1/x")))).isEqualTo(ErrorType.INVALID_URL);
    assertThat(errorOf(() -> debugClient.get(URI.create(site.url("/to-ftp"))))).isEqualTo(ErrorType.INVALID_URL);
  }

  @Test
  void givesUpOnASlowServerAfterTheTimeout() {
    var client = new SafeHttpClient(new AddressGuard(true), UA, Duration.ofSeconds(1));
    long t0 = System.nanoTime();
    assertThatThrownBy(() -> client.get(URI.create(site.url("/slow"))))
        .isInstanceOfSatisfying(DomainException.class, e -> {
          assertThat(e.type()).isEqualTo(ErrorType.UNKNOWN);
          assertThat(e.detail()).hasValueSatisfying(d -> assertThat(d).contains("timed out"));
        });
    assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(3));
  }

  @Test
  void theTimeoutCoversTheWholeBodyNotEachRead() {
    var client = new SafeHttpClient(new AddressGuard(true), UA, Duration.ofSeconds(1));
    long t0 = System.nanoTime();
    try (var r = client.get(URI.create(site.url("/drip")))) {
      assertThat(errorOf(() -> r.readBody(1 << 20))).isEqualTo(ErrorType.UNKNOWN);
    }
    assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(3));
  }

  @Test
  void stopsReadingAtTheLimitOfAnEndlessBody() {
    try (var r = debugClient.get(URI.create(site.url("/endless")))) {
      byte[] body = r.readBody(1 << 20);
      assertThat(body).hasSize(1 << 20);
    }
  }

  @Test
  void inflatesGzipButNeverPastTheLimit() {
    try (var r = debugClient.get(URI.create(site.url("/gzip")))) {
      assertThat(text(r, 1000)).isEqualTo("<title>zipped</title>");
    }
    try (var r = debugClient.get(URI.create(site.url("/gzip-bomb")))) {
      assertThat(r.readBody(64 * 1024)).hasSize(64 * 1024);
    }
  }

  @Test
  void withoutDebugModeLoopbackIsRefusedBeforeAnyConnection() {
    var strict = new SafeHttpClient(new AddressGuard(false), UA, Duration.ofSeconds(2));
    int before = site.seen().size();
    assertThat(errorOf(() -> strict.get(URI.create(site.url("/hello"))))).isEqualTo(ErrorType.INVALID_URL);
    assertThat(errorOf(() -> strict.get(URI.create("http://[::1]:" + site.port() + "/hello")))).isEqualTo(ErrorType.INVALID_URL);
    assertThat(errorOf(() -> strict.get(URI.create("http://0.0.0.0:" + site.port() + "/hello")))).isEqualTo(ErrorType.INVALID_URL);
    assertThat(site.seen()).hasSize(before);
  }

  /**
   * A public-looking site (its name resolves to a public address; the test's connector carries
   * the connection to the local fake) that redirects into the private network: every hop is
   * checked, so the redirect is refused and nothing connects to the private address.
   */
  @Test
  void aRedirectIntoThePrivateNetworkIsRefused() throws Exception {
    InetAddress publicIp = InetAddress.getByName("93.184.216.34");
    Map<String, InetAddress> dns = Map.of("public.example", publicIp, "intranet.example", InetAddress.getByName("10.0.0.5"));
    var guard = new AddressGuard(false, host -> {
      InetAddress a = dns.get(host);
      return a != null ? new InetAddress[] {a} : InetAddress.getAllByName(host); // IP literals only
    });
    List<InetSocketAddress> connected = new CopyOnWriteArrayList<>();
    SafeHttpClient.Connector toFake = (address, timeout) -> {
      connected.add(address);
      Socket s = new Socket();
      s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), site.port()), timeout);
      return s;
    };
    var client = new SafeHttpClient(guard, UA, Duration.ofSeconds(2), toFake, (SSLSocketFactory) SSLSocketFactory.getDefault());
    site.redirect("/to-loopback", 302, site.url("/hello"));
    site.redirect("/to-intranet", 302, "http://intranet.example/admin");
    site.redirect("/to-metadata", 307, "http://[::ffff:169.254.169.254]/latest/meta-data/");
    site.redirect("/to-public", 302, "http://public.example/hello");

    try (var r = client.get(URI.create("http://public.example/to-public"))) {
      assertThat(text(r, 1000)).isEqualTo("<title>hello</title>");
    }
    for (String path : List.of("/to-loopback", "/to-intranet", "/to-metadata")) {
      assertThat(errorOf(() -> client.get(URI.create("http://public.example" + path)))).as(path)
          .isEqualTo(ErrorType.INVALID_URL);
    }
    assertThat(connected).extracting(InetSocketAddress::getAddress).containsOnly(publicIp);
  }

  /** The name is looked up once per hop and the connection goes to that very address (no DNS rebinding). */
  @Test
  void connectsToTheAddressThatWasChecked() throws Exception {
    InetAddress publicIp = InetAddress.getByName("93.184.216.34");
    List<String> lookups = new CopyOnWriteArrayList<>();
    var guard = new AddressGuard(false, host -> {
      lookups.add(host);
      // a rebinding resolver: public the first time, loopback afterwards
      return new InetAddress[] {lookups.size() == 1 ? publicIp : InetAddress.getLoopbackAddress()};
    });
    List<InetAddress> connected = new CopyOnWriteArrayList<>();
    SafeHttpClient.Connector toFake = (address, timeout) -> {
      connected.add(address.getAddress());
      Socket s = new Socket();
      s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), site.port()), timeout);
      return s;
    };
    var client = new SafeHttpClient(guard, UA, Duration.ofSeconds(2), toFake, (SSLSocketFactory) SSLSocketFactory.getDefault());
    try (var r = client.get(URI.create("http://rebind.example/hello"))) {
      assertThat(r.status()).isEqualTo(200);
    }
    assertThat(lookups).containsExactly("rebind.example");
    assertThat(connected).containsExactly(publicIp);
  }

  @Test
  void aClosedPortIsAFetchFailure() throws IOException {
    int closedPort;
    try (var s = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = s.getLocalPort();
    }
    assertThat(errorOf(() -> debugClient.get(URI.create("http://127.0.0.1:" + closedPort + "/")))).isEqualTo(ErrorType.UNKNOWN);
  }
}
