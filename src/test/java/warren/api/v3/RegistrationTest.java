package warren.api.v3;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import warren.testing.ApiClient;
import warren.testing.TestSite;

/** Registration in each mode, the applications admins review, and Lemmy's field rules. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegistrationTest {
  private TestSite site;
  private ApiClient admin;

  @BeforeAll
  void start() {
    site = TestSite.start();
    admin = site.admin();
  }

  @AfterAll
  void stop() {
    site.close();
  }

  private static Map<String, Object> form(String name, String password) {
    Map<String, Object> f = new HashMap<>();
    f.put("username", name);
    f.put("password", password);
    f.put("password_verify", password);
    return f;
  }

  private void mode(String mode) {
    assertThat(admin.put("/api/v3/site", Map.of("registration_mode", mode)).status()).isEqualTo(200);
  }

  @Test
  void newSitesRequireAnApplicationWhichAdminsDecide() {
    assertThat(site.anonymous().get("/api/v3/site").json().at("/site_view/local_site/registration_mode").asString())
        .isEqualTo("RequireApplication");
    mode("RequireApplication");
    var anon = site.anonymous();
    assertThat(anon.post("/api/v3/user/register", form("applicant", "password-123")).error())
        .isEqualTo("registration_application_answer_required");

    var withAnswer = form("applicant", "password-123");
    withAnswer.put("answer", "I like links");
    var r = anon.post("/api/v3/user/register", withAnswer);
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.json().has("jwt")).isFalse();
    assertThat(r.json().get("registration_created").asBoolean()).isTrue();
    assertThat(r.json().get("verify_email_sent").asBoolean()).isFalse();

    var pending = anon.post("/api/v3/user/login", Map.of("username_or_email", "applicant", "password", "password-123"));
    assertThat(pending.error()).isEqualTo("registration_application_is_pending");

    assertThat(admin.get("/api/v3/admin/registration_application/count").json().get("registration_applications").asInt())
        .isEqualTo(1);
    JsonNode list = admin.get("/api/v3/admin/registration_application/list", Map.of("unread_only", true)).json()
        .get("registration_applications");
    assertThat(list.size()).isEqualTo(1);
    assertThat(list.get(0).at("/creator/name").asString()).isEqualTo("applicant");
    assertThat(list.get(0).at("/registration_application/answer").asString()).isEqualTo("I like links");
    assertThat(list.get(0).has("admin")).isFalse();
    int id = list.get(0).at("/registration_application/id").asInt();

    var approved = admin.put("/api/v3/admin/registration_application/approve", Map.of("id", id, "approve", true));
    assertThat(approved.status()).as(approved.body()).isEqualTo(200);
    assertThat(approved.json().at("/registration_application/admin/name").asString()).isEqualTo(TestSite.ADMIN);
    assertThat(admin.get("/api/v3/admin/registration_application/count").json().get("registration_applications").asInt())
        .isZero();
    anon.login("applicant", "password-123");

    var nonAdmin = anon.login("applicant", "password-123");
    assertThat(nonAdmin.get("/api/v3/admin/registration_application/count").error()).isEqualTo("not_an_admin");
  }

  @Test
  void aDeniedApplicantLearnsTheReason() {
    mode("RequireApplication");
    var f = form("denied_one", "password-123");
    f.put("answer", "spam");
    site.anonymous().post("/api/v3/user/register", f);
    int id = admin.get("/api/v3/admin/registration_application/list", Map.of("unread_only", true)).json()
        .at("/registration_applications/0/registration_application/id").asInt();
    admin.put("/api/v3/admin/registration_application/approve", Map.of("id", id, "approve", false,
        "deny_reason", "No spam"));
    var r = site.anonymous().post("/api/v3/user/login", Map.of("username_or_email", "denied_one", "password", "password-123"));
    assertThat(r.error()).isEqualTo("registration_denied");
    assertThat(r.json().get("message").asString()).isEqualTo("No spam");
  }

  @Test
  void openSitesSignInAtOnceAndClosedSitesRefuse() {
    mode("Open");
    var r = site.anonymous().post("/api/v3/user/register", form("open_joiner", "password-123"));
    assertThat(r.json().get("jwt").asString()).isNotBlank();
    assertThat(r.json().get("registration_created").asBoolean()).isFalse();
    mode("Closed");
    assertThat(site.anonymous().post("/api/v3/user/register", form("closed_joiner", "password-123")).error())
        .isEqualTo("registration_closed");
    mode("Open");
  }

  @Test
  void lemmysFieldRulesApply() {
    mode("Open");
    var anon = site.anonymous();
    assertThat(anon.post("/api/v3/user/register", form("ab", "password-123")).error()).isEqualTo("invalid_name");
    assertThat(anon.post("/api/v3/user/register", form("has space", "password-123")).error()).isEqualTo("invalid_name");
    assertThat(anon.post("/api/v3/user/register", form("mixedЖname", "password-123")).error()).isEqualTo("invalid_name");
    assertThat(anon.post("/api/v3/user/register", form("x".repeat(21), "password-123")).error()).isEqualTo("invalid_name");
    assertThat(anon.post("/api/v3/user/register", form("shortpass", "short")).error()).isEqualTo("invalid_password");
    assertThat(anon.post("/api/v3/user/register", form("longpass", "p".repeat(61))).error()).isEqualTo("invalid_password");
    var mismatch = form("mismatch", "password-123");
    mismatch.put("password_verify", "password-124");
    assertThat(anon.post("/api/v3/user/register", mismatch).error()).isEqualTo("passwords_do_not_match");
    var honey = form("honeybot", "password-123");
    honey.put("honeypot", "gotcha");
    assertThat(anon.post("/api/v3/user/register", honey).error()).isEqualTo("honeypot_failed");

    anon.register("Taken_Name", "password-123");
    assertThat(anon.post("/api/v3/user/register", form("taken_name", "password-123")).error())
        .as("names are unique without case").isEqualTo("user_already_exists");

    var withEmail = form("mail_one", "password-123");
    withEmail.put("email", "Someone@Example.org");
    assertThat(anon.post("/api/v3/user/register", withEmail).status()).isEqualTo(200);
    var sameEmail = form("mail_two", "password-123");
    sameEmail.put("email", "someone@example.org");
    assertThat(anon.post("/api/v3/user/register", sameEmail).error()).isEqualTo("email_already_exists");
  }

  @Test
  void arabicAndCyrillicNamesAreAccepted() {
    mode("Open");
    var arabic = site.anonymous().register("تجريب12345", "password-123");
    assertThat(arabic.get("/api/v3/site").json().at("/my_user/local_user_view/person/name").asString())
        .isEqualTo("تجريب12345");
    var details = site.anonymous().get("/api/v3/user", Map.of("username", "تجريب12345"));
    assertThat(details.status()).isEqualTo(200);
    site.anonymous().register("Проверка", "password-123");
  }

  @Test
  void acceptLanguageSetsInterfaceAndDiscussionLanguages() {
    mode("Open");
    admin.put("/api/v3/site", Map.of("discussion_languages", List.of(32)));
    try {
      var client = site.anonymous().withHeader("Accept-Language", "fr-CH, en;q=0.8, *;q=0.5")
          .register("polyglot", "password-123");
      JsonNode s = client.get("/api/v3/site").json();
      assertThat(s.at("/my_user/local_user_view/local_user/interface_language").asString()).isEqualTo("fr");
      List<Integer> mine = s.at("/my_user/discussion_languages").valueStream().map(JsonNode::asInt).toList();
      List<String> codes = s.get("all_languages").valueStream().filter(l -> mine.contains(l.get("id").asInt()))
          .map(l -> l.get("code").asString()).toList();
      assertThat(codes).containsExactly("und", "de", "en", "fr");
    } finally {
      admin.put("/api/v3/site", Map.of("discussion_languages", List.of()));
    }
  }

  @Test
  void emailVerificationWhenTheSiteRequiresIt() {
    mode("Open");
    admin.put("/api/v3/site", Map.of("require_email_verification", true));
    try {
      var anon = site.anonymous();
      assertThat(anon.post("/api/v3/user/register", form("no_mail", "password-123")).error()).isEqualTo("email_required");
      var f = form("with_mail", "password-123");
      f.put("email", "with_mail@example.org");
      var r = anon.post("/api/v3/user/register", f);
      assertThat(r.json().has("jwt")).isFalse();
      assertThat(r.json().get("verify_email_sent").asBoolean()).isTrue();
      var login = Map.of("username_or_email", "with_mail@example.org", "password", "password-123");
      assertThat(anon.post("/api/v3/user/login", login).error()).isEqualTo("email_not_verified");

      String token = site.sql().withHandle(h -> h.createQuery(
          "select verification_token from email_verification where email = 'with_mail@example.org'")
          .mapTo(String.class).one());
      assertThat(anon.post("/api/v3/user/verify_email", Map.of("token", "wrong")).error()).isEqualTo("token_not_found");
      assertThat(anon.post("/api/v3/user/verify_email", Map.of("token", token)).status()).isEqualTo(200);
      assertThat(anon.post("/api/v3/user/verify_email", Map.of("token", token)).error())
          .as("a token works once").isEqualTo("token_not_found");
      assertThat(anon.post("/api/v3/user/login", login).status()).isEqualTo(200);
    } finally {
      admin.put("/api/v3/site", Map.of("require_email_verification", false));
    }
  }

  @Test
  void captchaIsOfferedAndCheckedWhenEnabled() {
    mode("Open");
    assertThat(site.anonymous().get("/api/v3/user/get_captcha").json().has("ok")).isFalse();
    admin.put("/api/v3/site", Map.of("captcha_enabled", true, "captcha_difficulty", "easy"));
    try {
      JsonNode ok = site.anonymous().get("/api/v3/user/get_captcha").json().get("ok");
      assertThat(java.util.Base64.getDecoder().decode(ok.get("png").asString())).startsWith(0x89, 'P', 'N', 'G');
      assertThat(java.util.Base64.getDecoder().decode(ok.get("wav").asString())).startsWith('R', 'I', 'F', 'F');
      String uuid = ok.get("uuid").asString();
      var f = form("captcha_user", "password-123");
      f.put("captcha_uuid", uuid);
      f.put("captcha_answer", "wrong");
      assertThat(site.anonymous().post("/api/v3/user/register", f).error()).isEqualTo("captcha_incorrect");

      JsonNode again = site.anonymous().get("/api/v3/user/get_captcha").json().get("ok");
      String answer = site.sql().withHandle(h -> h.createQuery("select answer from captcha_answer where uuid = :u::uuid")
          .bind("u", again.get("uuid").asString()).mapTo(String.class).one());
      f.put("captcha_uuid", again.get("uuid").asString());
      f.put("captcha_answer", answer.toUpperCase());
      assertThat(site.anonymous().post("/api/v3/user/register", f).status()).isEqualTo(200);
    } finally {
      admin.put("/api/v3/site", Map.of("captcha_enabled", false));
    }
  }

  @Test
  void theFirstAccountOfAnUnconfiguredSiteBecomesAdminAndSetsUpTheSite() {
    try (TestSite bare = TestSite.start(false)) {
      JsonNode s = bare.anonymous().get("/api/v3/site").json();
      assertThat(s.at("/site_view/local_site/site_setup").asBoolean()).isFalse();
      assertThat(s.get("admins").size()).isZero();
      var first = bare.anonymous().register("founder", "password-123");
      assertThat(first.get("/api/v3/site").json().at("/my_user/local_user_view/local_user/admin").asBoolean()).isTrue();
      var created = first.post("/api/v3/site", Map.of("name", "Founded", "registration_mode", "Open"));
      assertThat(created.status()).as(created.body()).isEqualTo(200);
      assertThat(created.json().at("/site_view/local_site/site_setup").asBoolean()).isTrue();
      var second = bare.anonymous().register("second", "password-123");
      assertThat(second.get("/api/v3/site").json().at("/my_user/local_user_view/local_user/admin").asBoolean()).isFalse();
    }
  }
}
