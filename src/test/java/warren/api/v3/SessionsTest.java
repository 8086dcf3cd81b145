package warren.api.v3;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import warren.support.crypto.Base32;
import warren.support.crypto.Totp;
import warren.testing.ApiClient;
import warren.testing.TestSite;

/** Signing in and out, tokens, passwords and two-factor codes. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SessionsTest {
  private TestSite site;

  @BeforeAll
  void start() {
    site = TestSite.start();
    site.admin().put("/api/v3/site", Map.of("registration_mode", "Open"));
  }

  @AfterAll
  void stop() {
    site.close();
  }

  private boolean signedIn(ApiClient c) {
    return c.get("/api/v3/site").json().has("my_user");
  }

  @Test
  void wrongPasswordAndUnknownUserAreTheSameError() {
    site.anonymous().register("real_user", "password-123");
    var anon = site.anonymous();
    var wrong = anon.post("/api/v3/user/login", Map.of("username_or_email", "real_user", "password", "password-999"));
    var unknown = anon.post("/api/v3/user/login", Map.of("username_or_email", "ghost_user", "password", "password-999"));
    assertThat(wrong.status()).isEqualTo(401);
    assertThat(wrong.error()).isEqualTo("incorrect_login");
    assertThat(unknown.status()).isEqualTo(401);
    assertThat(unknown.error()).isEqualTo("incorrect_login");
  }

  @Test
  void anUnknownUserCostsAsMuchAsAWrongPassword() {
    site.anonymous().register("timed_user", "password-123");
    var anon = site.anonymous();
    long wrong = 0;
    long unknown = 0;
    for (int i = 0; i < 5; i++) {
      long t0 = System.nanoTime();
      anon.post("/api/v3/user/login", Map.of("username_or_email", "timed_user", "password", "password-999"));
      long t1 = System.nanoTime();
      anon.post("/api/v3/user/login", Map.of("username_or_email", "nobody_here", "password", "password-999"));
      long t2 = System.nanoTime();
      wrong += t1 - t0;
      unknown += t2 - t1;
    }
    // Both pay for one bcrypt (tens of ms); without the decoy the unknown name would answer in ~1 ms.
    assertThat((double) unknown / wrong).isBetween(0.5, 2.0);
  }

  @Test
  void loginByEmailAndNameIgnoresCase() {
    var f = new java.util.HashMap<String, Object>(Map.of("username", "Mixed_Case", "password", "password-123",
        "password_verify", "password-123", "email", "mixed@example.org"));
    site.anonymous().post("/api/v3/user/register", f);
    assertThat(signedIn(site.anonymous().login("mixed_case", "password-123"))).isTrue();
    assertThat(signedIn(site.anonymous().login("MIXED@example.org", "password-123"))).isTrue();
  }

  @Test
  void invalidTokensAreAnonymousButEndpointsThatNeedAUserSay401() {
    var bogus = site.anonymous().withToken("foobar");
    var s = bogus.get("/api/v3/site");
    assertThat(s.status()).isEqualTo(200);
    assertThat(s.json().has("my_user")).isFalse();
    var settings = bogus.put("/api/v3/user/save_user_settings", Map.of("theme", "x"));
    assertThat(settings.status()).isEqualTo(401);
    assertThat(settings.error()).isEqualTo("incorrect_login");
    assertThat(bogus.get("/api/v3/user/validate_auth").error()).isEqualTo("not_logged_in");
  }

  @Test
  void aTokenSignedWithAnotherSecretIsRefused() {
    var forged = new warren.support.crypto.Jwts("another-secret-another-secret-another", TestSite.HOSTNAME).issue(1);
    assertThat(signedIn(site.anonymous().withToken(forged))).isFalse();
  }

  @Test
  void theJwtCookieWorksLikeTheHeader() {
    var user = site.anonymous().register("cookie_user", "password-123");
    var viaCookie = site.anonymous().withHeader("Cookie", "theme=dark; jwt=" + user.token());
    assertThat(viaCookie.get("/api/v3/site").json().at("/my_user/local_user_view/person/name").asString())
        .isEqualTo("cookie_user");
  }

  @Test
  void logoutRevokesTheToken() {
    var user = site.anonymous().register("leaving_user", "password-123");
    var other = site.anonymous().login("leaving_user", "password-123");
    assertThat(user.get("/api/v3/user/validate_auth").json().get("success").asBoolean()).isTrue();
    var out = user.post("/api/v3/user/logout", null);
    assertThat(out.status()).isEqualTo(200);
    assertThat(out.headers().firstValue("set-cookie").orElse("")).startsWith("jwt=;");
    assertThat(signedIn(user)).isFalse();
    assertThat(user.get("/api/v3/user/validate_auth").error()).isEqualTo("not_logged_in");
    assertThat(signedIn(other)).as("other sessions stay").isTrue();
  }

  @Test
  void listLoginsShowsEverySessionWithoutTokens() {
    var user = site.anonymous().withHeader("User-Agent", "warren-test/1").register("many_logins", "password-123");
    site.anonymous().login("many_logins", "password-123");
    var r = user.get("/api/v3/user/list_logins");
    assertThat(r.json().size()).isEqualTo(2);
    assertThat(r.json().get(1).get("user_agent").asString()).isEqualTo("warren-test/1");
    assertThat(r.json().get(0).has("token")).isFalse();
    assertThat(r.json().get(0).get("ip").asString()).isEqualTo("127.0.0.1");
  }

  @Test
  void changingThePasswordRevokesEveryOldToken() {
    var user = site.anonymous().register("changer", "password-123");
    var second = site.anonymous().login("changer", "password-123");
    assertThat(user.put("/api/v3/user/change_password", Map.of("new_password", "password-456",
        "new_password_verify", "password-456", "old_password", "wrong-password")).error()).isEqualTo("incorrect_login");
    assertThat(user.put("/api/v3/user/change_password", Map.of("new_password", "password-456",
        "new_password_verify", "password-457", "old_password", "password-123")).error()).isEqualTo("passwords_do_not_match");
    var r = user.put("/api/v3/user/change_password", Map.of("new_password", "password-456",
        "new_password_verify", "password-456", "old_password", "password-123"));
    assertThat(r.status()).isEqualTo(200);
    assertThat(signedIn(user)).isFalse();
    assertThat(signedIn(second)).isFalse();
    assertThat(signedIn(user.withToken(r.json().get("jwt").asString()))).isTrue();
    assertThat(signedIn(site.anonymous().login("changer", "password-456"))).isTrue();
  }

  @Test
  void passwordResetByMailedToken() {
    var f = new java.util.HashMap<String, Object>(Map.of("username", "forgetful", "password", "password-123",
        "password_verify", "password-123", "email", "forgetful@example.org"));
    site.anonymous().post("/api/v3/user/register", f);
    var old = site.anonymous().login("forgetful", "password-123");
    assertThat(site.anonymous().post("/api/v3/user/password_reset", Map.of("email", "unknown@example.org")).status())
        .as("unknown addresses get the same answer").isEqualTo(200);
    assertThat(site.anonymous().post("/api/v3/user/password_reset", Map.of("email", "forgetful@example.org")).status())
        .isEqualTo(200);
    String token = site.sql().withHandle(h -> h.createQuery("""
        select r.token from password_reset_request r join local_user lu on lu.id = r.local_user_id
        where lu.email = 'forgetful@example.org'""").mapTo(String.class).one());
    var change = site.anonymous().post("/api/v3/user/password_change", Map.of("token", token,
        "password", "password-789", "password_verify", "password-789"));
    assertThat(change.status()).as(change.body()).isEqualTo(200);
    assertThat(signedIn(old)).isFalse();
    assertThat(signedIn(site.anonymous().login("forgetful", "password-789"))).isTrue();
    assertThat(site.anonymous().post("/api/v3/user/password_change", Map.of("token", token,
        "password", "password-000", "password_verify", "password-000")).error()).isEqualTo("token_not_found");
  }

  @Test
  void twoFactorLogin() {
    var user = site.anonymous().register("careful", "password-123");
    String url = user.post("/api/v3/user/totp/generate", null).json().get("totp_secret_url").asString();
    assertThat(url).startsWith("otpauth://totp/").contains("issuer=");
    String secret = url.replaceAll(".*[?&]secret=([A-Z2-7]+).*", "$1");
    long step = Instant.now().getEpochSecond() / 30;
    assertThat(user.post("/api/v3/user/totp/update", Map.of("totp_token", "000000", "enabled", true)).error())
        .isIn("incorrect_totp_token");
    var on = user.post("/api/v3/user/totp/update",
        Map.of("totp_token", Totp.codeAt(Base32.decode(secret), step), "enabled", true));
    assertThat(on.json().get("enabled").asBoolean()).isTrue();
    assertThat(user.get("/api/v3/site").json().at("/my_user/local_user_view/local_user/totp_2fa_enabled").asBoolean())
        .isTrue();

    var anon = site.anonymous();
    assertThat(anon.post("/api/v3/user/login", Map.of("username_or_email", "careful", "password", "password-123"))
        .error()).isEqualTo("missing_totp_token");
    assertThat(anon.post("/api/v3/user/login", Map.of("username_or_email", "careful", "password", "password-123",
        "totp_2fa_token", "123456")).error()).isEqualTo("incorrect_totp_token");
    var ok = anon.post("/api/v3/user/login", Map.of("username_or_email", "careful", "password", "password-123",
        "totp_2fa_token", Totp.codeAt(Base32.decode(secret), Instant.now().getEpochSecond() / 30)));
    assertThat(ok.status()).isEqualTo(200);
    assertThat(user.post("/api/v3/user/totp/generate", null).error()).isEqualTo("totp_already_enabled");
  }

  @Test
  void deletedAccountsCannotSignIn() {
    var user = site.anonymous().register("goner", "password-123");
    user.put("/api/v3/user/save_user_settings", Map.of("bio", "bye", "display_name", "Goner"));
    assertThat(user.post("/api/v3/user/delete_account", Map.of("password", "nope-nope-nope", "delete_content", false))
        .error()).isEqualTo("incorrect_login");
    assertThat(user.post("/api/v3/user/delete_account", Map.of("password", "password-123", "delete_content", false))
        .status()).isEqualTo(200);
    assertThat(signedIn(user)).isFalse();
    assertThat(site.anonymous().post("/api/v3/user/login", Map.of("username_or_email", "goner", "password",
        "password-123")).error()).isEqualTo("deleted");
    var person = site.anonymous().get("/api/v3/user", Map.of("username", "goner")).json().at("/person_view/person");
    assertThat(person.get("deleted").asBoolean()).isTrue();
    assertThat(person.has("bio")).isFalse();
    assertThat(person.has("display_name")).isFalse();
  }

  @Test
  void deletingAnAccountWithItsContentEmptiesPostsAndComments() {
    var user = site.anonymous().register("eraser", "password-123");
    int community = user.post("/api/v3/community", Map.of("name", "erased_place", "title", "Erased")).json()
        .at("/community_view/community/id").asInt();
    int post = user.post("/api/v3/post", Map.of("name", "Soon gone", "community_id", community, "body", "words"))
        .json().at("/post_view/post/id").asInt();
    int comment = user.post("/api/v3/comment", Map.of("post_id", post, "content", "also gone")).json()
        .at("/comment_view/comment/id").asInt();
    assertThat(user.post("/api/v3/user/delete_account", Map.of("password", "password-123", "delete_content", true))
        .status()).isEqualTo(200);
    var admin = site.admin();
    var p = admin.get("/api/v3/post", Map.of("id", post)).json().at("/post_view/post");
    assertThat(p.get("deleted").asBoolean()).isTrue();
    assertThat(p.get("name").asString()).isEqualTo("*Permanently Deleted*");
    assertThat(p.has("body")).isFalse();
    var c = admin.get("/api/v3/comment", Map.of("id", comment)).json().at("/comment_view/comment");
    assertThat(c.get("deleted").asBoolean()).isTrue();
    assertThat(c.get("content").asString()).isEqualTo("*Permanently Deleted*");
    assertThat(admin.get("/api/v3/community", Map.of("id", community)).json().get("moderators").size()).isZero();
  }
}
