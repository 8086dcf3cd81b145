package warren.api.v3;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import warren.domain.ErrorType;
import warren.testing.ApiClient;
import warren.testing.LemmyJsClient;
import warren.testing.TestSite;
import warren.testing.TsTypes;

/**
 * Warren's JSON against the TypeScript types of lemmy-js-client 0.19.5-alpha.1, the client of
 * Lemmy's own suite: keys, optional vs required, value types and enum spellings.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WireShapeTest {
  private TestSite site;
  private TsTypes types;
  private ApiClient admin;

  @BeforeAll
  void start() {
    types = new TsTypes(LemmyJsClient.typesDir());
    site = TestSite.start();
    admin = site.admin();
    admin.put("/api/v3/site", Map.of("taglines", List.of("hello"), "blocked_urls", List.of("spam.example"),
        "discussion_languages", List.of(37)));
    site.sql().useHandle(h -> {
      h.execute("insert into custom_emoji (local_site_id, shortcode, image_url, alt_text, category) "
          + "select id, 'chefs-kiss', 'http://warren.test/kiss.png', 'chef kissing fingers', 'people' from local_site");
      h.execute("insert into custom_emoji_keyword (custom_emoji_id, keyword) select id, 'kiss' from custom_emoji");
    });
  }

  @AfterAll
  void stop() {
    site.close();
  }

  private void assertFits(String type, ApiClient.Reply reply) {
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    assertFits(type, reply.json());
  }

  private void assertFits(String type, JsonNode json) {
    assertThat(types.knows(type)).as("lemmy-js-client declares " + type).isTrue();
    assertThat(types.check(type, json)).as(type + " in " + json).isEmpty();
  }

  @Test
  void theCheckerCatchesMistakes() {
    var good = site.anonymous().get("/api/v3/site").json();
    var broken = (tools.jackson.databind.node.ObjectNode) good.deepCopy();
    broken.remove("version");
    broken.put("extra_field", 1);
    ((tools.jackson.databind.node.ObjectNode) broken.get("site_view").get("local_site"))
        .put("registration_mode", "Sometimes");
    List<String> problems = types.check("GetSiteResponse", broken);
    assertThat(problems).anyMatch(p -> p.contains("$.version: required"))
        .anyMatch(p -> p.contains("extra_field: not a field"))
        .anyMatch(p -> p.contains("registration_mode") && p.contains("not one of"));
  }

  @Test
  void getSiteResponse() {
    assertFits("GetSiteResponse", site.anonymous().get("/api/v3/site"));
    var signedIn = admin.get("/api/v3/site");
    assertFits("GetSiteResponse", signedIn);
    assertThat(signedIn.json().get("custom_emojis").size()).isEqualTo(1);
    assertThat(signedIn.json().get("blocked_urls").size()).isEqualTo(1);
  }

  @Test
  void siteResponse() {
    assertFits("SiteResponse", admin.put("/api/v3/site", Map.of("sidebar", "hi")));
  }

  @Test
  void loginResponses() {
    assertFits("LoginResponse", site.anonymous().post("/api/v3/user/login",
        Map.of("username_or_email", TestSite.ADMIN, "password", TestSite.ADMIN_PASSWORD)));
    var pending = site.anonymous().post("/api/v3/user/register", Map.of("username", "applicant_shape",
        "password", "password-123", "password_verify", "password-123", "answer", "hi"));
    assertFits("LoginResponse", pending);
    assertThat(pending.json().has("jwt")).isFalse();
  }

  @Test
  void getPersonDetailsResponse() {
    assertFits("GetPersonDetailsResponse", site.anonymous().get("/api/v3/user", Map.of("username", TestSite.ADMIN)));
    int id = admin.get("/api/v3/site").json().at("/my_user/local_user_view/person/id").asInt();
    assertFits("GetPersonDetailsResponse", site.anonymous().get("/api/v3/user", Map.of("person_id", id)));
  }

  @Test
  void accountResponses() {
    assertFits("SuccessResponse", admin.get("/api/v3/user/validate_auth"));
    var logins = admin.get("/api/v3/user/list_logins").json();
    assertThat(logins.isArray()).isTrue();
    logins.forEach(l -> assertFits("LoginToken", l));
    assertFits("GetCaptchaResponse", site.anonymous().get("/api/v3/user/get_captcha"));
    admin.put("/api/v3/site", Map.of("captcha_enabled", true));
    assertFits("GetCaptchaResponse", site.anonymous().get("/api/v3/user/get_captcha"));
    admin.put("/api/v3/site", Map.of("captcha_enabled", false));
    var user = site.anonymous().login(TestSite.ADMIN, TestSite.ADMIN_PASSWORD);
    assertFits("GenerateTotpSecretResponse", user.post("/api/v3/user/totp/generate", null));
  }

  @Test
  void adminResponses() {
    assertFits("GetUnreadRegistrationApplicationCountResponse", admin.get("/api/v3/admin/registration_application/count"));
    site.anonymous().post("/api/v3/user/register", Map.of("username", "applicant_two", "password", "password-123",
        "password_verify", "password-123", "answer", "hi"));
    var list = admin.get("/api/v3/admin/registration_application/list");
    assertFits("ListRegistrationApplicationsResponse", list);
    int id = list.json().at("/registration_applications/0/registration_application/id").asInt();
    assertFits("RegistrationApplicationResponse",
        admin.put("/api/v3/admin/registration_application/approve", Map.of("id", id, "approve", true)));
    assertFits("ListRegistrationApplicationsResponse", admin.get("/api/v3/admin/registration_application/list"));
    int personId = site.anonymous().get("/api/v3/user", Map.of("username", "applicant_two")).json()
        .at("/person_view/person/id").asInt();
    assertFits("AddAdminResponse", admin.post("/api/v3/admin/add", Map.of("person_id", personId, "added", true)));
    assertFits("AddAdminResponse", admin.post("/api/v3/admin/add", Map.of("person_id", personId, "added", false)));
  }

  @Test
  void everyErrorNameWarrenSendsIsOneTheClientKnows() throws Exception {
    String declared = Files.readString(LemmyJsClient.typesDir().resolve("LemmyErrorType.d.ts"));
    var names = Pattern.compile("error: \"(\\w+)\"").matcher(declared).results().map(m -> m.group(1)).toList();
    // Lemmy 0.19.20 added four names after this client was cut; apps show unknown names as text.
    var newerThanClient = List.of("not_higher_mod", "not_higher_admin", "cant_delete_site", "url_length_overflow");
    List<String> ours = Arrays.stream(ErrorType.values()).filter(t -> !t.isWarrenOwn())
        .map(ErrorType::wireName).filter(n -> !newerThanClient.contains(n)).toList();
    assertThat(names).containsAll(ours);
  }

  @Test
  void enumSpellingsMatchTheClient() {
    assertThat(types.literals("SortType")).isEqualTo(warren.domain.site.Enums.SORT_TYPES);
    assertThat(types.literals("ListingType")).isEqualTo(warren.domain.site.Enums.LISTING_TYPES);
    assertThat(types.literals("RegistrationMode")).isEqualTo(warren.domain.site.Enums.REGISTRATION_MODES);
    assertThat(types.literals("PostListingMode")).isEqualTo(warren.domain.site.Enums.POST_LISTING_MODES);
  }
}
