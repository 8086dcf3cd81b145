package warren.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import warren.testing.ApiClient;
import warren.testing.TestSite;
import warren.testing.WebClient;

/** The web UI's protections, over plain HTTP: form tokens, cookies, CSP, and ActivityPub fall-through. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebSecurityTest {
  private TestSite site;
  private ApiClient alice;
  private int postId;

  @BeforeAll
  void start() {
    site = TestSite.start();
    site.admin().put("/api/v3/site", Map.of("registration_mode", "Open"));
    alice = site.anonymous().register("alice", "password-123");
    int community = alice.post("/api/v3/community", Map.of("name", "tea", "title", "Tea")).json()
        .at("/community_view/community/id").asInt();
    postId = alice.post("/api/v3/post", Map.of("name", "Green or black?", "community_id", community,
        "body", "<script>alert(1)</script> tea")).json().at("/post_view/post/id").asInt();
  }

  @AfterAll
  void stop() {
    site.close();
  }

  private WebClient visitor() {
    return new WebClient(site.baseUrl());
  }

  private WebClient signedIn() {
    return visitor().cookie("jwt", alice.token());
  }

  private static String header(HttpResponse<String> r, String name) {
    return r.headers().firstValue(name).orElse("");
  }

  @Test
  void pagesCarryAStrictContentSecurityPolicyAndEscapeWhatPeopleWrote() {
    var r = visitor().get("/post/" + postId);
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(header(r, "content-security-policy")).contains("script-src 'self'").contains("default-src 'none'")
        .contains("frame-ancestors 'none'").doesNotContain("unsafe-inline");
    assertThat(header(r, "x-content-type-options")).isEqualTo("nosniff");
    assertThat(r.body()).contains("&lt;script&gt;alert(1)&lt;/script&gt; tea").doesNotContain("<script>alert");
    assertThat(r.body()).doesNotContainPattern("<script>[^<]").doesNotContain(" style=");
  }

  @Test
  void browsersGetPagesAndActivityPubClientsFallThrough() {
    for (String path : new String[] {"/post/" + postId, "/c/tea", "/u/alice"}) {
      var html = visitor().get(path, "Accept", "text/html,application/xhtml+xml");
      assertThat(html.statusCode()).as(path).isEqualTo(200);
      assertThat(header(html, "content-type")).startsWith("text/html");
      var ap = visitor().get(path, "Accept", "application/activity+json");
      assertThat(header(ap, "content-type")).as(path).doesNotStartWith("text/html");
      var ld = visitor().get(path, "Accept", "application/ld+json; profile=\"https://www.w3.org/ns/activitystreams\"");
      assertThat(header(ld, "content-type")).as(path).doesNotStartWith("text/html");
    }
  }

  @Test
  void formsWithoutTheRightTokenAreRefused() {
    String vote = "/post/" + postId + "/vote";
    assertThat(signedIn().post(vote, "score", "1").statusCode()).isEqualTo(403);
    assertThat(signedIn().post(vote, "score", "1", "csrf", "forged").statusCode()).isEqualTo(403);
    // A token is bound to its session: one made for another session does not pass.
    String othersToken = WebClient.token(visitor().get("/login").body());
    assertThat(signedIn().post(vote, "score", "1", "csrf", othersToken).statusCode()).isEqualTo(403);

    var me = signedIn();
    String mine = WebClient.token(me.get("/post/" + postId).body());
    var ok = me.post(vote, "score", "-1", "back", "/post/" + postId, "csrf", mine);
    assertThat(ok.statusCode()).isEqualTo(303);
    assertThat(header(ok, "location")).isEqualTo("/post/" + postId + "#p" + postId);
  }

  @Test
  void loggingInSetsAnHttpOnlySameSiteCookieWithTheApisToken() {
    var browser = visitor();
    var form = browser.get("/login");
    assertThat(browser.post("/login", "username_or_email", "alice", "password", "password-123").statusCode())
        .isEqualTo(403);

    var r = browser.post("/login", "username_or_email", "alice", "password", "password-123", "next", "/u/alice",
        "csrf", WebClient.token(form.body()));
    assertThat(r.statusCode()).isEqualTo(303);
    assertThat(header(r, "location")).isEqualTo("/u/alice");
    String setCookie = r.headers().allValues("set-cookie").stream().filter(c -> c.startsWith("jwt=")).findFirst()
        .orElseThrow();
    assertThat(setCookie).contains("HttpOnly").containsIgnoringCase("SameSite=Lax").doesNotContain("Secure");
    // The cookie is the API's own token: the API accepts it as it is.
    String jwt = setCookie.substring(0, setCookie.indexOf(';'));
    var site = this.site.anonymous().withHeader("Cookie", jwt).get("/api/v3/site");
    assertThat(site.json().at("/my_user/local_user_view/person/name").asString()).isEqualTo("alice");

    var wrong = visitor();
    String token = WebClient.token(wrong.get("/login").body());
    var refused = wrong.post("/login", "username_or_email", "alice", "password", "nope-nope-nope", "csrf", token);
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("That name or password is not right.");

    // Logging out revokes the token, for the API too.
    var out = browser.post("/logout", "csrf", WebClient.token(browser.get("/").body()));
    assertThat(out.statusCode()).isEqualTo(303);
    assertThat(this.site.anonymous().withHeader("Cookie", jwt).get("/api/v3/site").json().has("my_user")).isFalse();
  }

  @Test
  void anOffSiteReturnPathIsIgnored() {
    var me = signedIn();
    String mine = WebClient.token(me.get("/post/" + postId).body());
    var r = me.post("/post/" + postId + "/vote", "score", "1", "back", "//evil.example/", "csrf", mine);
    assertThat(header(r, "location")).startsWith("/post/" + postId);
  }

  @Test
  void staticFilesAreServedWithLongCachingWhenVersioned() {
    Matcher m = Pattern.compile("href=\"(/static/warren\\.css\\?v=[0-9a-f]+)\"").matcher(visitor().get("/").body());
    assertThat(m.find()).isTrue();
    var css = visitor().get(m.group(1));
    assertThat(css.statusCode()).isEqualTo(200);
    assertThat(header(css, "content-type")).startsWith("text/css");
    assertThat(header(css, "cache-control")).contains("immutable");
    assertThat(visitor().get("/static/nothing.css").statusCode()).isEqualTo(404);
  }

  @Test
  void missingThingsGetANotFoundPage() {
    var r = visitor().get("/post/999999");
    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(header(r, "content-type")).startsWith("text/html");
    assertThat(visitor().get("/u/nobody_here").statusCode()).isEqualTo(404);
    assertThat(visitor().get("/c/nothing_here").statusCode()).isEqualTo(404);
  }

  @Test
  void pagesThatNeedAnAccountSendVisitorsToLogIn() {
    var r = visitor().get("/settings");
    assertThat(r.statusCode()).isEqualTo(303);
    assertThat(header(r, "location")).isEqualTo("/login?next=%2Fsettings");
  }
}
