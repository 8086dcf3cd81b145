package warren.support.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.concurrent.Executors;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import warren.domain.DomainException;
import warren.domain.ErrorType;

/**
 * HTTPS although the socket connects to an IP address: the certificate is still checked against
 * the host name of the URL. The remote is a local HTTPS server with a fresh self-signed
 * certificate for {@code localhost} only, made with the JDK's keytool.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TlsFetchTest {
  private static final char[] PASSWORD = "changeit".toCharArray();
  private HttpsServer server;
  private SafeHttpClient client;

  @BeforeAll
  void start() throws Exception {
    Path dir = Files.createDirectories(Path.of("target", "tls-test"));
    Path store = dir.resolve("localhost.p12");
    Files.deleteIfExists(store);
    Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
        "-genkeypair", "-alias", "site", "-keyalg", "EC", "-dname", "CN=localhost", "-ext", "SAN=dns:localhost",
        "-validity", "2", "-storetype", "PKCS12", "-keystore", store.toString(), "-storepass", "changeit")
        .redirectErrorStream(true).start();
    String out = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(keytool.waitFor()).as(out).isZero();

    KeyStore ks = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(store)) {
      ks.load(in, PASSWORD);
    }
    KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    kmf.init(ks, PASSWORD);
    TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    tmf.init(ks);
    SSLContext serverTls = SSLContext.getInstance("TLS");
    serverTls.init(kmf.getKeyManagers(), null, null);
    SSLContext clientTls = SSLContext.getInstance("TLS");
    clientTls.init(null, tmf.getTrustManagers(), null);

    server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setHttpsConfigurator(new HttpsConfigurator(serverTls));
    server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
    server.createContext("/", ex -> {
      try (ex) {
        FakeWebSite.send(ex, 200, "text/html", "<title>over tls</title>".getBytes(StandardCharsets.UTF_8));
      }
    });
    server.start();
    // "localhost" resolves to the loopback address the server listens on; federation debug allows it
    var guard = new AddressGuard(true, host -> host.equals("localhost")
        ? new InetAddress[] {InetAddress.getLoopbackAddress()} : InetAddress.getAllByName(host));
    client = new SafeHttpClient(guard, "test", Duration.ofSeconds(5), (address, timeout) -> {
      var s = new java.net.Socket();
      s.connect(address, timeout);
      return s;
    }, clientTls.getSocketFactory());
  }

  @AfterAll
  void stop() {
    server.stop(0);
  }

  @Test
  void fetchesOverTlsCheckingTheCertificateAgainstTheName() {
    try (var r = client.get(URI.create("https://localhost:" + server.getAddress().getPort() + "/"))) {
      assertThat(new String(r.readBody(100), StandardCharsets.UTF_8)).isEqualTo("<title>over tls</title>");
    }
  }

  @Test
  void refusesACertificateForAnotherName() {
    // the same server and certificate, reached by its IP address, which the certificate does not name
    String url = "https://127.0.0.1:" + server.getAddress().getPort() + "/";
    assertThatThrownBy(() -> client.get(URI.create(url)))
        .isInstanceOfSatisfying(DomainException.class, e -> {
          assertThat(e.type()).isEqualTo(ErrorType.UNKNOWN);
          assertThat(e.detail().orElseThrow()).contains("subject alternative");
        });
  }
}
