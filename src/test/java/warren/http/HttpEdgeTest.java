package warren.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import warren.testing.TestSite;

/** What reaches the API from outside: bad bodies, other origins, floods. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HttpEdgeTest {
  private TestSite site;

  @BeforeAll
  void start() {
    site = TestSite.start();
  }

  @AfterAll
  void stop() {
    site.close();
  }

  @Test
  void aBodyThatIsNotJsonIsA400WithAName() {
    var r = site.anonymous().sendRaw("POST", "/api/v3/user/login", "username=bob");
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.error()).isEqualTo("invalid_body");
    assertThat(r.json().get("message").asString()).startsWith("not valid JSON");
  }

  @Test
  void aMissingRequiredFieldIsNamed() {
    var r = site.anonymous().post("/api/v3/user/login", Map.of("password", "password-123"));
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.error()).isEqualTo("invalid_body");
    assertThat(r.json().get("message").asString()).isEqualTo("missing field `username_or_email`");
  }

  @Test
  void aWrongTypeIsA400() {
    var r = site.admin().put("/api/v3/site", Map.of("enable_downvotes", Map.of("nested", 1)));
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.error()).isEqualTo("invalid_body");
    var empty = site.anonymous().sendRaw("POST", "/api/v3/user/register", "");
    assertThat(empty.error()).isEqualTo("invalid_body");
    var array = site.anonymous().sendRaw("POST", "/api/v3/user/register", "[1,2]");
    assertThat(array.status()).isEqualTo(400);
  }

  @Test
  void pagesTooFarOutAreRefusedNotWrapped() {
    var r = site.anonymous().get("/api/v3/post/list", Map.of("page", 2_000_000_000, "limit", 50));
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.error()).isEqualTo("invalid_body");
    assertThat(site.anonymous().get("/api/v3/comment/list", Map.of("page", 2_000_000_000, "limit", 50)).status())
        .isEqualTo(400);
    assertThat(site.anonymous().get("/api/v3/community/list", Map.of("page", 2_000_000_000, "limit", 50)).status())
        .isEqualTo(400);
  }

  @Test
  void aBlankDisplayNameIsAnErrorNotACrash() {
    site.admin().put("/api/v3/site", Map.of("registration_mode", "Open"));
    var user = site.anonymous().register("blank_name", "password-123");
    var r = user.put("/api/v3/user/save_user_settings", Map.of("display_name", "   "));
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.error()).isEqualTo("invalid_display_name");
  }

  @Test
  void unknownFieldsAreIgnoredAsLemmyDoes() {
    var r = site.anonymous().post("/api/v3/user/login", Map.of("username_or_email", TestSite.ADMIN,
        "password", TestSite.ADMIN_PASSWORD, "from_a_newer_client", true));
    assertThat(r.status()).isEqualTo(200);
  }

  @Test
  void unknownEndpointsAre404NotErrors() {
    var r = site.anonymous().get("/api/v3/no_such_thing");
    assertThat(r.status()).isEqualTo(404);
    assertThat(r.error()).isEqualTo("unknown");
    assertThat(r.json().get("message").asString()).contains("/api/v3/no_such_thing");
  }

  @Test
  void unknownPersonIs404() {
    var r = site.anonymous().get("/api/v3/user", Map.of("username", "nobody_at_all"));
    assertThat(r.status()).isEqualTo(404);
    assertThat(r.error()).isEqualTo("couldnt_find_person");
    assertThat(site.anonymous().get("/api/v3/user").error()).isEqualTo("no_id_given");
  }

  @Test
  void corsPreflightAndResponsesAllowOtherOrigins() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    var preflight = http.send(HttpRequest.newBuilder(URI.create(site.baseUrl() + "/api/v3/user/login"))
        .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
        .header("Origin", "http://ui.example:1234")
        .header("Access-Control-Request-Method", "POST")
        .header("Access-Control-Request-Headers", "authorization, content-type").build(),
        HttpResponse.BodyHandlers.discarding());
    assertThat(preflight.statusCode()).isEqualTo(204);
    assertThat(preflight.headers().firstValue("access-control-allow-origin")).hasValue("http://ui.example:1234");
    assertThat(preflight.headers().firstValue("access-control-allow-methods").orElse("")).contains("PUT");
    assertThat(preflight.headers().firstValue("access-control-allow-headers").orElse("")).contains("authorization");

    var get = site.anonymous().withHeader("Origin", "http://ui.example:1234").get("/api/v3/site");
    assertThat(get.headers().firstValue("access-control-allow-origin")).hasValue("http://ui.example:1234");
  }

  @Test
  void registrationIsRateLimitedPerAddressFromTheSiteSettings() {
    var admin = site.admin();
    admin.put("/api/v3/site", Map.of("registration_mode", "Open", "rate_limit_register", 3,
        "rate_limit_register_per_second", 3600));
    try {
      var client = site.anonymous().withHeader("X-Forwarded-For", "203.0.113.7");
      for (int i = 0; i < 3; i++) {
        var r = client.post("/api/v3/user/register", Map.of("username", "flood_" + i, "password", "password-123",
            "password_verify", "password-123"));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
      }
      var limited = client.post("/api/v3/user/register", Map.of("username", "flood_9", "password", "password-123",
          "password_verify", "password-123"));
      assertThat(limited.status()).isEqualTo(400);
      assertThat(limited.error()).isEqualTo("rate_limit_error");
      var otherAddress = site.anonymous().withHeader("X-Forwarded-For", "203.0.113.8")
          .post("/api/v3/user/register", Map.of("username", "flood_10", "password", "password-123",
              "password_verify", "password-123"));
      assertThat(otherAddress.status()).as("other clients keep their own bucket").isEqualTo(200);
      assertThat(client.get("/api/v3/site").status()).as("other actions use other buckets").isEqualTo(200);
    } finally {
      admin.put("/api/v3/site", Map.of("rate_limit_register", 999));
    }
  }

  @Test
  void htmlPagesNeverEchoUnescapedSiteNames() {
    site.admin().put("/api/v3/site", Map.of("name", "<b>x</b>"));
    try {
      var page = site.anonymous().get("/");
      assertThat(page.body()).contains("&lt;b&gt;x&lt;/b&gt;").doesNotContain("<b>x</b>");
    } finally {
      site.admin().put("/api/v3/site", Map.of("name", "Warren Test"));
    }
  }
}
