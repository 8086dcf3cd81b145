package warren.api.v3;

import static org.assertj.core.api.Assertions.assertThat;

import io.helidon.webserver.WebServer;
import io.helidon.webserver.http.HttpRouting;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import warren.app.Settings;
import warren.app.Warren;
import warren.domain.DomainException;
import warren.domain.Tx;
import warren.domain.accounts.Sessions;
import warren.http.ApiErrors;
import warren.http.Auth;
import warren.store.Stores;
import warren.support.crypto.Jwts;
import warren.support.web.AddressGuard;
import warren.support.web.FakeWebSite;
import warren.support.web.LinkMetadataFetcher;
import warren.support.web.SafeHttpClient;
import warren.testing.ApiClient;
import warren.testing.LemmyJsClient;
import warren.testing.TestPostgres;
import warren.testing.TestSite;
import warren.testing.TsTypes;

/**
 * {@code GET /api/v3/post/site_metadata} over real HTTP, fetching from a fake remote site on
 * 127.0.0.1 (federation debug on, as in the test rig). Until the endpoint is wired into
 * {@link Warren}, it runs on a server of its own here, on the same database and JWT secret as a
 * real Warren, so that tokens from a real login work.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SiteMetadataApiTest {
  private Warren warren;
  private FakeWebSite remote;
  private WebServer server;
  private ApiClient admin;

  @BeforeAll
  void start() {
    warren = Warren.start(new Settings(TestSite.HOSTNAME, 0, "127.0.0.1", Optional.of(TestPostgres.get().newDatabase()),
        Path.of("target", "test-data"),
        Optional.of(new Settings.Setup(TestSite.ADMIN, TestSite.ADMIN_PASSWORD, "Warren Test", Optional.empty())),
        new Settings.Federation(true, true), Optional.empty()));
    remote = FakeWebSite.start();
    remote.html("/story", """
        <html><head><title>fallback</title>
        <meta property="og:title" content="Rabbits &amp; warrens">
        <meta property="og:description" content="All about burrows.">
        <meta property="og:image" content="/rabbit.png">
        </head></html>""");
    remote.html("/plain", "<title>Plain page</title>");
    remote.page("/photo.png", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'});

    var jdbi = warren.database().jdbi();
    String secret = jdbi.withHandle(h -> h.createQuery("select jwt_secret from secret").mapTo(String.class).one());
    var sessions = new Sessions(new Tx(jdbi), Stores.create(), new Jwts(secret, TestSite.HOSTNAME));
    var fetcher = new LinkMetadataFetcher(new SafeHttpClient(new AddressGuard(true),
        SafeHttpClient.userAgent("http://" + TestSite.HOSTNAME), Duration.ofSeconds(3)));
    server = WebServer.builder().host("127.0.0.1").port(0)
        .routing(HttpRouting.builder()
            .register("/api/v3", new SiteMetadataApi(fetcher, new Auth(sessions)))
            .error(DomainException.class, ApiErrors::domain)
            .error(Exception.class, ApiErrors::unexpected))
        .build().start();
    String token = new ApiClient("http://127.0.0.1:" + warren.port(), null)
        .login(TestSite.ADMIN, TestSite.ADMIN_PASSWORD).token();
    admin = new ApiClient("http://127.0.0.1:" + server.port(), token);
  }

  @AfterAll
  void stop() {
    if (server != null) server.stop();
    remote.close();
    warren.close();
  }

  private ApiClient.Reply metadata(ApiClient client, String url) {
    return client.get("/api/v3/post/site_metadata", Map.of("url", url));
  }

  @Test
  void aSignedInUserGetsTheLinksMetadata() {
    var r = metadata(admin, remote.url("/story"));
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    var m = r.json().get("metadata");
    assertThat(m.get("title").asString()).isEqualTo("Rabbits & warrens");
    assertThat(m.get("description").asString()).isEqualTo("All about burrows.");
    assertThat(m.get("image").asString()).isEqualTo(remote.url("/rabbit.png"));
    assertThat(m.get("content_type").asString()).isEqualTo("text/html; charset=utf-8");
    assertThat(m.has("embed_video_url")).isFalse();
  }

  @Test
  void leavesOutWhatThePageDoesNotSay() {
    var plain = metadata(admin, remote.url("/plain")).json().get("metadata");
    assertThat(plain.propertyNames()).containsExactlyInAnyOrder("title", "content_type");
    var photo = metadata(admin, remote.url("/photo.png")).json().get("metadata");
    assertThat(photo.propertyNames()).containsExactly("content_type");
    assertThat(photo.get("content_type").asString()).isEqualTo("image/png");
  }

  @Test
  void theAnswerHasTheShapeLemmyJsClientDeclares() {
    var types = new TsTypes(LemmyJsClient.typesDir());
    var r = metadata(admin, remote.url("/story"));
    assertThat(types.check("GetSiteMetadataResponse", r.json())).isEmpty();
  }

  @Test
  void anonymousRequestsAreRefused() {
    var anonymous = new ApiClient("http://127.0.0.1:" + server.port(), null);
    var r = metadata(anonymous, remote.url("/story"));
    assertThat(r.status()).isEqualTo(401);
    assertThat(r.error()).isEqualTo("incorrect_login");
    var bogus = metadata(anonymous.withToken("not-a-jwt"), remote.url("/story"));
    assertThat(bogus.status()).isEqualTo(401);
  }

  @Test
  void badUrlsAreInvalidUrl() {
    for (String url : new String[] {"not a url", "ftp://127.0.0.1/file", "javascript:alert(1)", "http://"}) {
      var r = metadata(admin, url);
      assertThat(r.status()).as(url).isEqualTo(400);
      assertThat(r.error()).as(url).isEqualTo("invalid_url");
    }
    var missing = admin.get("/api/v3/post/site_metadata");
    assertThat(missing.status()).isEqualTo(400);
  }

  @Test
  void anUnreachableSiteIsUnknownWithTheReason() throws Exception {
    int closedPort;
    try (var s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      closedPort = s.getLocalPort();
    }
    var r = metadata(admin, "http://127.0.0.1:" + closedPort + "/");
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.error()).isEqualTo("unknown");
    assertThat(r.json().get("message").asString()).contains("error fetching");
  }
}
