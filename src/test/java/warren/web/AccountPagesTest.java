package warren.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import warren.support.crypto.Base32;
import warren.support.crypto.Totp;
import warren.testing.ApiClient;
import warren.testing.TestSite;
import warren.testing.WebClient;

/** Signing up on a site that asks for applications and captchas, and saving settings. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccountPagesTest {
  private TestSite site;

  @BeforeAll
  void start() {
    site = TestSite.start();
    site.admin().put("/api/v3/site", Map.of("registration_mode", "RequireApplication",
        "application_question", "Why do you like *rabbits*?", "captcha_enabled", true));
  }

  @AfterAll
  void stop() {
    site.close();
  }

  private String captchaAnswer(String uuid) {
    return site.sql().withHandle(h -> h.createQuery("select answer from captcha_answer where uuid = cast(:u as uuid)")
        .bind("u", uuid).mapTo(String.class).one());
  }

  private static String field(String html, String name) {
    Matcher m = Pattern.compile("name=\"" + name + "\" value=\"([^\"]*)\"").matcher(html);
    assertThat(m.find()).as(name).isTrue();
    return m.group(1);
  }

  @Test
  void signingUpAnswersTheApplicationQuestionAndTheCaptcha() {
    var browser = new WebClient(site.baseUrl());
    String form = browser.get("/signup").body();
    assertThat(form).contains("Why do you like <em>rabbits</em>?").contains("class=\"captcha\"")
        .contains("src=\"data:image/png;base64,").contains("<label for=\"signup-answer\">");

    var wrong = browser.post("/signup", "csrf", WebClient.token(form), "username", "fern", "password", "password-123",
        "password_verify", "password-123", "answer", "They hop.", "captcha_uuid", field(form, "captcha_uuid"),
        "captcha_answer", "wrong");
    assertThat(wrong.statusCode()).isEqualTo(400);
    assertThat(wrong.body()).contains("Captcha incorrect").contains("value=\"fern\"").contains("They hop.");

    String again = wrong.body();
    String uuid = field(again, "captcha_uuid");
    var ok = browser.post("/signup", "csrf", WebClient.token(again), "username", "fern", "password", "password-123",
        "password_verify", "password-123", "answer", "They hop.", "captcha_uuid", uuid,
        "captcha_answer", captchaAnswer(uuid));
    assertThat(ok.statusCode()).isEqualTo(200);
    assertThat(ok.body()).contains("An admin will read your application");

    var login = browser.post("/login", "csrf", WebClient.token(browser.get("/login").body()),
        "username_or_email", "fern", "password", "password-123");
    assertThat(login.body()).contains("Your application is waiting for an admin.");
  }

  @Test
  void loginAsksForTheTwoFactorCodeWhenItIsOn() {
    ApiClient user;
    site.admin().put("/api/v3/site", Map.of("registration_mode", "Open", "captcha_enabled", false));
    try {
      user = site.anonymous().register("guarded", "password-123");
    } finally {
      site.admin().put("/api/v3/site", Map.of("registration_mode", "RequireApplication", "captcha_enabled", true));
    }
    String url = user.post("/api/v3/user/totp/generate", null).json().get("totp_secret_url").asString();
    byte[] secret = Base32.decode(url.replaceAll(".*[?&]secret=([A-Z2-7]+).*", "$1"));
    user.post("/api/v3/user/totp/update", Map.of("totp_token", code(secret), "enabled", true));

    var browser = new WebClient(site.baseUrl());
    String form = browser.get("/login").body();
    assertThat(form).contains("<label for=\"login-totp\">");
    var asked = browser.post("/login", "csrf", WebClient.token(form), "username_or_email", "guarded",
        "password", "password-123");
    assertThat(asked.statusCode()).isEqualTo(400);
    assertThat(asked.body()).contains("Enter the code from your authenticator app.").contains("value=\"guarded\"");
    var in = browser.post("/login", "csrf", WebClient.token(asked.body()), "username_or_email", "guarded",
        "password", "password-123", "totp_2fa_token", code(secret));
    assertThat(in.statusCode()).isEqualTo(303);
    assertThat(in.headers().allValues("set-cookie")).anyMatch(c -> c.startsWith("jwt=") && c.length() > 20);
  }

  private static String code(byte[] secret) {
    return Totp.codeAt(secret, Instant.now().getEpochSecond() / 30);
  }

  @Test
  void settingsSaveTheProfileAndTheTheme() {
    var admin = new WebClient(site.baseUrl()).cookie("jwt", site.admin().token());
    String page = admin.get("/settings").body();
    assertThat(page).contains("<label for=\"set-display-name\">");
    var saved = admin.post("/settings", "csrf", WebClient.token(page), "display_name", "The Admin",
        "bio", "Keeps the site.", "theme", "darkly", "default_sort_type", "New", "default_listing_type", "All",
        "show_avatars", "true", "show_scores", "true");
    assertThat(saved.statusCode()).isEqualTo(303);
    assertThat(saved.headers().firstValue("location")).contains("/settings?saved=1");

    String profile = admin.get("/u/" + TestSite.ADMIN).body();
    assertThat(profile).contains("<html lang=\"en\" data-theme=\"dark\">").contains("The Admin")
        .contains("Keeps the site.");
    assertThat(admin.get("/settings?saved=1").body()).contains("Your settings are saved.");

    var bad = admin.post("/settings", "csrf", WebClient.token(page), "display_name", "The Admin",
        "avatar", "not a url", "theme", "darkly");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("class=\"error\"").contains("value=\"not a url\"");
  }
}
