package warren.api.v3;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import warren.testing.ApiClient;
import warren.testing.TestSite;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SiteApiTest {
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

  @Test
  void anonymousSeesTheSiteWithoutMyUser() {
    var r = site.anonymous().get("/api/v3/site");
    assertThat(r.status()).isEqualTo(200);
    JsonNode body = r.json();
    assertThat(body.has("my_user")).isFalse();
    assertThat(body.at("/site_view/site/name").asString()).isEqualTo("Warren Test");
    assertThat(body.at("/site_view/site/actor_id").asString()).isEqualTo("http://warren.test/");
    assertThat(body.at("/site_view/local_site/site_setup").asBoolean()).isTrue();
    assertThat(body.at("/site_view/local_site/registration_mode").asString()).isIn("RequireApplication", "Open");
    assertThat(body.at("/site_view/site").has("private_key")).isFalse();
    assertThat(body.get("version").asString()).isEqualTo("0.19.20");
    assertThat(body.get("all_languages").size()).isEqualTo(184);
    assertThat(body.get("all_languages").get(0).get("code").asString()).isEqualTo("und");
    assertThat(body.get("discussion_languages").size()).as("all languages are reported as none").isZero();
    assertThat(body.get("admins").get(0).at("/person/name").asString()).isEqualTo(TestSite.ADMIN);
    assertThat(body.get("admins").get(0).get("is_admin").asBoolean()).isTrue();
    assertThat(body.at("/site_view/counts/users").asLong()).isGreaterThanOrEqualTo(1);
    assertThat(r.headers().firstValue("cache-control")).hasValue("public, max-age=60");
  }

  @Test
  void signedInUserSeesMyUser() {
    var r = admin.get("/api/v3/site");
    JsonNode me = r.json().get("my_user");
    assertThat(me.at("/local_user_view/person/name").asString()).isEqualTo(TestSite.ADMIN);
    assertThat(me.at("/local_user_view/local_user/admin").asBoolean()).isTrue();
    assertThat(me.at("/local_user_view/local_user").has("password_encrypted")).isFalse();
    assertThat(me.get("follows").isArray()).isTrue();
    assertThat(r.headers().firstValue("cache-control")).hasValue("private");
  }

  @Test
  void adminEditsEverySiteField() {
    Map<String, Object> edit = new java.util.HashMap<>();
    edit.put("name", "Edited");
    edit.put("sidebar", "Be **kind**.");
    edit.put("description", "A test site");
    edit.put("enable_downvotes", false);
    edit.put("enable_nsfw", false);
    edit.put("community_creation_admin_only", true);
    edit.put("application_question", "Why?");
    edit.put("private_instance", false);
    edit.put("default_theme", "darkly");
    edit.put("default_post_listing_type", "All");
    edit.put("default_sort_type", "New");
    edit.put("legal_information", "None.");
    edit.put("hide_modlog_mod_names", false);
    edit.put("discussion_languages", List.of(37, 32));
    edit.put("actor_name_max_length", 30);
    edit.put("rate_limit_message", 500);
    edit.put("rate_limit_search_per_second", 120);
    edit.put("captcha_difficulty", "hard");
    edit.put("allowed_instances", List.of("lemmy-beta", "https://Lemmy-Gamma:8561/"));
    edit.put("blocked_instances", List.of("evil.example"));
    edit.put("blocked_urls", List.of("https://spam.example/path", "bad.example"));
    edit.put("taglines", List.of("first", "second"));
    edit.put("registration_mode", "Open");
    edit.put("content_warning", "Beware");
    edit.put("default_post_listing_mode", "Card");
    var r = admin.put("/api/v3/site", edit);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(r.json().at("/site_view/site/name").asString()).isEqualTo("Edited");
    assertThat(r.json().get("taglines").size()).isEqualTo(2);

    JsonNode s = site.anonymous().get("/api/v3/site").json();
    JsonNode ls = s.at("/site_view/local_site");
    assertThat(s.at("/site_view/site/sidebar").asString()).isEqualTo("Be **kind**.");
    assertThat(s.at("/site_view/site/content_warning").asString()).isEqualTo("Beware");
    assertThat(ls.get("enable_downvotes").asBoolean()).isFalse();
    assertThat(ls.get("registration_mode").asString()).isEqualTo("Open");
    assertThat(ls.get("default_sort_type").asString()).isEqualTo("New");
    assertThat(ls.get("default_post_listing_mode").asString()).isEqualTo("Card");
    assertThat(ls.get("actor_name_max_length").asInt()).isEqualTo(30);
    assertThat(ls.get("captcha_difficulty").asString()).isEqualTo("hard");
    assertThat(s.at("/site_view/local_site_rate_limit/message").asInt()).isEqualTo(500);
    assertThat(s.at("/site_view/local_site_rate_limit/search_per_second").asInt()).isEqualTo(120);
    assertThat(s.get("discussion_languages").valueStream().map(JsonNode::asInt).toList()).containsExactly(32, 37);
    assertThat(s.get("taglines").valueStream().map(t -> t.get("content").asString()).toList())
        .containsExactly("first", "second");
    assertThat(s.get("blocked_urls").valueStream().map(t -> t.get("url").asString()).toList())
        .containsExactly("spam.example/path", "bad.example");
    List<String> allowed = site.sql().withHandle(h -> h.createQuery(
        "select i.domain from instance i join federation_allowlist a on a.instance_id = i.id order by 1")
        .mapTo(String.class).list());
    assertThat(allowed).containsExactly("lemmy-beta", "lemmy-gamma");
    List<String> blocked = site.sql().withHandle(h -> h.createQuery(
        "select i.domain from instance i join federation_blocklist b on b.instance_id = i.id")
        .mapTo(String.class).list());
    assertThat(blocked).containsExactly("evil.example");

    // Leaving a list out keeps it; sending it replaces it.
    admin.put("/api/v3/site", Map.of("allowed_instances", List.of("lemmy-delta")));
    allowed = site.sql().withHandle(h -> h.createQuery(
        "select i.domain from instance i join federation_allowlist a on a.instance_id = i.id").mapTo(String.class).list());
    assertThat(allowed).containsExactly("lemmy-delta");
    assertThat(site.anonymous().get("/api/v3/site").json().get("taglines").size()).isEqualTo(2);
    admin.put("/api/v3/site", Map.of("name", "Warren Test", "discussion_languages", List.of()));
  }

  @Test
  void onlyAdminsEditTheSite() {
    admin.put("/api/v3/site", Map.of("registration_mode", "Open"));
    ApiClient user = site.anonymous().register("plain_user", "password-123");
    var r = user.put("/api/v3/site", Map.of("name", "Mine"));
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.error()).isEqualTo("not_an_admin");

    var anon = site.anonymous().put("/api/v3/site", Map.of("name", "Mine"));
    assertThat(anon.status()).isEqualTo(401);
    assertThat(anon.error()).isEqualTo("incorrect_login");
  }

  @Test
  void siteEditsAreValidated() {
    assertThat(admin.put("/api/v3/site", Map.of("name", "")).error()).isEqualTo("site_name_required");
    assertThat(admin.put("/api/v3/site", Map.of("name", "x".repeat(21))).error()).isEqualTo("site_name_length_overflow");
    assertThat(admin.put("/api/v3/site", Map.of("description", "x".repeat(151))).error())
        .isEqualTo("site_description_length_overflow");
    assertThat(admin.put("/api/v3/site", Map.of("default_post_listing_type", "Subscribed")).error())
        .isEqualTo("invalid_default_post_listing_type");
    assertThat(admin.put("/api/v3/site", Map.of("slur_filter_regex", "(")).error()).isEqualTo("invalid_regex");
    assertThat(admin.put("/api/v3/site", Map.of("slur_filter_regex", ".*")).error()).isEqualTo("permissive_regex");
    assertThat(admin.put("/api/v3/site", Map.of("registration_mode", "RequireApplication",
        "application_question", "")).error()).isEqualTo("application_question_required");
    var bad = admin.put("/api/v3/site", Map.of("registration_mode", "Sometimes"));
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.error()).isEqualTo("invalid_body");
    assertThat(site.anonymous().get("/api/v3/site").json().at("/site_view/site/name").asString())
        .as("a refused edit changes nothing").isEqualTo("Warren Test");
  }

  @Test
  void createSiteIsRefusedOnceSetUp() {
    var r = admin.post("/api/v3/site", Map.of("name", "Again"));
    assertThat(r.error()).isEqualTo("site_already_exists");
  }
}
