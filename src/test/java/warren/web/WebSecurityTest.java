package warren.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import warren.testing.ApiClient;
import warren.testing.TestSite;

/** The web UI's protections, over plain HTTP: form tokens, cookies, CSP, and ActivityPub fall-through. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebSecurityTest {
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
      .followRedirects(HttpClient.Redirect.NEVER).build();
  private static final Pattern TOKEN = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

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

  private HttpResponse<String> get(String path, String cookie, String accept) {
    var b = HttpRequest.newBuilder(URI.create(site.baseUrl() + path));
    if (cookie != null) b.header("Cookie", cookie);
    if (accept != null) b.header("Accept", accept);
    return send(b.GET());
  }

  private HttpResponse<String> postForm(String path, String cookie, String body) {
    var b = HttpRequest.newBuilder(URI.create(site.baseUrl() + path))
        .header("Content-Type", "application/x-www-form-urlencoded");
    if (cookie != null) b.header("Cookie", cookie);
    return send(b.POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  private static HttpResponse<String> send(HttpRequest.Builder b) {
    try {
      return HTTP.send(b.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String token(String html) {
    Matcher m = TOKEN.matcher(html);
    assertThat(m.find()).as("a form token in the page").isTrue();
    return m.group(1);
  }

  private static String cookie(HttpResponse<String> r, String name) {
    return r.headers().allValues("set-cookie").stream().filter(c -> c.startsWith(name + "="))
        .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElseThrow();
  }

  @Test
  void pagesCarryAStrictContentSecurityPolicyAndEscapeWhatPeopleWrote() {
    var r = get("/post/" + postId, null, null);
    assertThat(r.statusCode()).isEqualTo(200);
    String csp = r.headers().firstValue("content-security-policy").orElseThrow();
    assertThat(csp).contains("script-src 'self'").contains("default-src 'none'").contains("frame-ancestors 'none'")
        .doesNotContain("unsafe-inline");
    assertThat(r.headers().firstValue("x-content-type-options")).contains("nosniff");
    assertThat(r.body()).contains("&lt;script&gt;alert(1)&lt;/script&gt; tea").doesNotContain("<script>alert");
    assertThat(r.body()).doesNotContainPattern("<script>[^<]");
  }

  @Test
  void browsersGetPagesAndActivityPubClientsFallThrough() {
    for (String path : new String[] {"/post/" + postId, "/c/tea", "/u/alice"}) {
      var html = get(path, null, "text/html,application/xhtml+xml");
      assertThat(html.statusCode()).as(path).isEqualTo(200);
      assertThat(html.headers().firstValue("content-type").orElseThrow()).startsWith("text/html");
      var ap = get(path, null, "application/activity+json");
      assertThat(ap.headers().firstValue("content-type").orElse("")).as(path).doesNotStartWith("text/html");
      var ld = get(path, null, "application/ld+json; profile=\"https://www.w3.org/ns/activitystreams\"");
      assertThat(ld.headers().firstValue("content-type").orElse("")).as(path).doesNotStartWith("text/html");
    }
  }

  @Test
  void formsWithoutTheRightTokenAreRefused() {
    String jwt = "jwt=" + alice.token();
    var noToken = postForm("/post/" + postId + "/vote", jwt, "score=1");
    assertThat(noToken.statusCode()).isEqualTo(403);
    var wrongToken = postForm("/post/" + postId + "/vote", jwt, "score=1&csrf=forged");
    assertThat(wrongToken.statusCode()).isEqualTo(403);
    // A token is bound to its session: one for another session does not pass either.
    String otherToken = token(get("/login", null, null).body());
    assertThat(postForm("/post/" + postId + "/vote", jwt, "score=1&csrf=" + otherToken).statusCode()).isEqualTo(403);

    String mine = token(get("/post/" + postId, jwt, null).body());
    var ok = postForm("/post/" + postId + "/vote", jwt, "score=-1&back=/post/" + postId + "&csrf=" + mine);
    assertThat(ok.statusCode()).isEqualTo(303);
    assertThat(ok.headers().firstValue("location")).contains("/post/" + postId + "#p" + postId);
  }

  @Test
  void loggingInSetsAnHttpOnlySameSiteCookieWithTheApisToken() {
    var form = get("/login", null, null);
    String visitor = cookie(form, "wsid");
    var refused = postForm("/login", visitor, "username_or_email=alice&password=password-123");
    assertThat(refused.statusCode()).isEqualTo(403);

    var r = postForm("/login", visitor, "username_or_email=alice&password=password-123&next=/u/alice&csrf="
        + token(form.body()));
    assertThat(r.statusCode()).isEqualTo(303);
    assertThat(r.headers().firstValue("location")).contains("/u/alice");
    String setCookie = r.headers().allValues("set-cookie").stream().filter(c -> c.startsWith("jwt=")).findFirst()
        .orElseThrow();
    assertThat(setCookie).contains("HttpOnly").containsIgnoringCase("SameSite=Lax").doesNotContain("Secure");
    String jwt = cookie(r, "jwt");
    // The cookie is the API's own token: the API accepts it as it is.
    var me = site.anonymous().withHeader("Cookie", jwt).get("/api/v3/site");
    assertThat(me.json().at("/my_user/local_user_view/person/name").asString()).isEqualTo("alice");

    var wrong = postForm("/login", visitor, "username_or_email=alice&password=nope-nope-nope&csrf=" + token(form.body()));
    assertThat(wrong.statusCode()).isEqualTo(400);
    assertThat(wrong.body()).contains("That name or password is not right.");
  }

  @Test
  void anOffSiteReturnPathIsIgnored() {
    String jwt = "jwt=" + alice.token();
    String mine = token(get("/post/" + postId, jwt, null).body());
    var r = postForm("/post/" + postId + "/vote", jwt, "score=1&back=//evil.example/&csrf=" + mine);
    assertThat(r.headers().firstValue("location").orElseThrow()).startsWith("/post/" + postId);
  }

  @Test
  void staticFilesAreServedWithLongCachingWhenVersioned() {
    String page = get("/", null, null).body();
    Matcher m = Pattern.compile("href=\"(/static/warren\\.css\\?v=[0-9a-f]+)\"").matcher(page);
    assertThat(m.find()).isTrue();
    var css = get(m.group(1), null, null);
    assertThat(css.statusCode()).isEqualTo(200);
    assertThat(css.headers().firstValue("content-type").orElseThrow()).startsWith("text/css");
    assertThat(css.headers().firstValue("cache-control").orElseThrow()).contains("immutable");
    assertThat(get("/static/nothing.css", null, null).statusCode()).isEqualTo(404);
  }

  @Test
  void missingThingsGetANotFoundPage() {
    var r = get("/post/999999", null, null);
    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(r.headers().firstValue("content-type").orElseThrow()).startsWith("text/html");
    assertThat(get("/u/nobody_here", null, null).statusCode()).isEqualTo(404);
    assertThat(get("/c/nothing_here", null, null).statusCode()).isEqualTo(404);
  }

  @Test
  void pagesThatNeedAnAccountSendVisitorsToLogIn() {
    var r = get("/settings", null, null);
    assertThat(r.statusCode()).isEqualTo(303);
    assertThat(r.headers().firstValue("location")).contains("/login?next=%2Fsettings");
  }
}
