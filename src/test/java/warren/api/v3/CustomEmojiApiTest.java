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
import warren.testing.LemmyJsClient;
import warren.testing.TestSite;
import warren.testing.TsTypes;

/** POST, PUT and POST …/delete on /api/v3/custom_emoji, as Lemmy's admins use them. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CustomEmojiApiTest {
  private TestSite site;
  private ApiClient admin;
  private ApiClient user;

  @BeforeAll
  void start() {
    site = TestSite.start();
    admin = site.admin();
    admin.put("/api/v3/site", Map.of("registration_mode", "Open"));
    user = site.anonymous().register("emoji_fan", "password-123");
  }

  @AfterAll
  void stop() {
    site.close();
  }

  private static Map<String, Object> emoji(String shortcode) {
    Map<String, Object> form = new HashMap<>();
    form.put("shortcode", shortcode);
    form.put("image_url", "https://warren.test/pictrs/image/" + shortcode.hashCode() + ".png");
    form.put("alt_text", "a " + shortcode);
    form.put("category", "faces");
    form.put("keywords", List.of("happy"));
    return form;
  }

  private static Map<String, Object> with(Map<String, Object> form, String key, Object value) {
    Map<String, Object> copy = new HashMap<>(form);
    if (value == null) copy.remove(key);
    else copy.put(key, value);
    return copy;
  }

  private JsonNode listed(String shortcode) {
    for (JsonNode e : site.anonymous().get("/api/v3/site").json().get("custom_emojis")) {
      if (e.at("/custom_emoji/shortcode").asString().equals(shortcode)) return e;
    }
    return null;
  }

  private String rendered(String markdown) {
    var s = site.services();
    return s.markdown().toHtml(markdown, s.customEmojis().lookup());
  }

  @Test
  void adminCreatesAnEmojiThatTheSiteListsAndMarkdownDraws() {
    var form = with(with(emoji("  Chefs-Kiss "), "keywords", List.of(" Kiss", "kiss", "", "Chef")),
        "image_url", "https://warren.test/pictrs/image/kiss.png");
    var r = admin.post("/api/v3/custom_emoji", form);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    JsonNode e = r.json().get("custom_emoji");
    assertThat(e.at("/custom_emoji/shortcode").asString()).as("lowercased and trimmed, as Lemmy").isEqualTo("chefs-kiss");
    assertThat(e.at("/custom_emoji/image_url").asString()).isEqualTo("https://warren.test/pictrs/image/kiss.png");
    assertThat(e.at("/custom_emoji/alt_text").asString()).isEqualTo("a   Chefs-Kiss ");
    assertThat(e.at("/custom_emoji/category").asString()).isEqualTo("faces");
    assertThat(e.get("keywords").findValuesAsString("keyword")).containsExactly("chef", "kiss");
    assertThat(e.get("keywords").get(0).get("custom_emoji_id").asInt()).isEqualTo(e.at("/custom_emoji/id").asInt());
    assertThat(new TsTypes(LemmyJsClient.typesDir()).check("CustomEmojiResponse", r.json())).isEmpty();

    assertThat(listed("chefs-kiss")).isNotNull();
    assertThat(rendered("so good :chefs-kiss:")).contains("<img class=\"emoji\"", "title=\":chefs-kiss:\"");
  }

  @Test
  void adminEditsAnEmoji() {
    int id = admin.post("/api/v3/custom_emoji", emoji("party")).json().at("/custom_emoji/custom_emoji/id").asInt();
    Map<String, Object> edit = new HashMap<>(emoji("ignored"));
    edit.remove("shortcode");
    edit.put("id", id);
    edit.put("image_url", "https://cdn.example/party2.gif");
    edit.put("alt_text", "a party");
    edit.put("category", "fun");
    edit.put("keywords", List.of("Dance", "celebrate"));
    var r = admin.put("/api/v3/custom_emoji", edit);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    JsonNode e = r.json().get("custom_emoji");
    assertThat(e.at("/custom_emoji/shortcode").asString()).isEqualTo("party");
    assertThat(e.at("/custom_emoji/image_url").asString()).isEqualTo("https://cdn.example/party2.gif");
    assertThat(e.at("/custom_emoji/category").asString()).isEqualTo("fun");
    assertThat(e.at("/custom_emoji/updated").isString()).isTrue();
    assertThat(e.get("keywords").findValuesAsString("keyword")).containsExactly("celebrate", "dance");
    assertThat(new TsTypes(LemmyJsClient.typesDir()).check("CustomEmojiResponse", r.json())).isEmpty();

    assertThat(listed("party").at("/custom_emoji/alt_text").asString()).isEqualTo("a party");
    assertThat(rendered(":party:")).contains("src=\"https://cdn.example/party2.gif\"", "alt=\"a party\"");
  }

  @Test
  void adminDeletesAnEmoji() {
    int id = admin.post("/api/v3/custom_emoji", emoji("gone")).json().at("/custom_emoji/custom_emoji/id").asInt();
    assertThat(rendered(":gone:")).contains("<img");
    var r = admin.post("/api/v3/custom_emoji/delete", Map.of("id", id));
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(r.json().get("success").asBoolean()).isTrue();
    assertThat(listed("gone")).isNull();
    assertThat(rendered(":gone:")).isEqualTo("<p>:gone:</p>\n");
    int keywords = site.sql().withHandle(h -> h.createQuery(
        "select count(*) from custom_emoji_keyword where custom_emoji_id = :id").bind("id", id).mapTo(int.class).one());
    assertThat(keywords).isZero();
    // As Lemmy: deleting what is not there succeeds.
    assertThat(admin.post("/api/v3/custom_emoji/delete", Map.of("id", id)).status()).isEqualTo(200);
  }

  @Test
  void onlyAdminsMayChangeEmoji() {
    assertThat(user.post("/api/v3/custom_emoji", emoji("mine")).error()).isEqualTo("not_an_admin");
    int id = admin.post("/api/v3/custom_emoji", emoji("theirs")).json().at("/custom_emoji/custom_emoji/id").asInt();
    var edit = with(with(emoji("theirs"), "shortcode", null), "id", id);
    assertThat(user.put("/api/v3/custom_emoji", edit).error()).isEqualTo("not_an_admin");
    assertThat(user.post("/api/v3/custom_emoji/delete", Map.of("id", id)).error()).isEqualTo("not_an_admin");
    var anonymous = site.anonymous().post("/api/v3/custom_emoji", emoji("anon"));
    assertThat(anonymous.status()).isEqualTo(401);
    assertThat(anonymous.error()).isEqualTo("incorrect_login");
    assertThat(listed("mine")).isNull();
    assertThat(listed("theirs").at("/custom_emoji/category").asString()).isEqualTo("faces");
  }

  @Test
  void badInputIsRefusedWithLemmysNames() {
    assertThat(admin.post("/api/v3/custom_emoji", emoji("two words")).error()).isEqualTo("invalid_body");
    assertThat(admin.post("/api/v3/custom_emoji", emoji("semi:colon")).error()).isEqualTo("invalid_body");
    assertThat(admin.post("/api/v3/custom_emoji", emoji("x".repeat(129))).error()).isEqualTo("invalid_body");
    assertThat(admin.post("/api/v3/custom_emoji", with(emoji("u1"), "image_url", "not a url")).error())
        .isEqualTo("invalid_url");
    assertThat(admin.post("/api/v3/custom_emoji", with(emoji("u2"), "image_url", "javascript:alert(1)")).error())
        .isEqualTo("invalid_url_scheme");
    assertThat(admin.post("/api/v3/custom_emoji", with(emoji("a1"), "alt_text", "x".repeat(1501))).error())
        .isEqualTo("alt_text_length_overflow");
    assertThat(admin.post("/api/v3/custom_emoji", with(emoji("c1"), "category", "x".repeat(129))).error())
        .isEqualTo("invalid_body");
    assertThat(admin.post("/api/v3/custom_emoji", with(emoji("k1"), "keywords", List.of("x".repeat(129)))).error())
        .isEqualTo("invalid_body");
    var missing = admin.post("/api/v3/custom_emoji", with(emoji("m1"), "category", null));
    assertThat(missing.error()).isEqualTo("invalid_body");
    assertThat(missing.json().get("message").asString()).contains("category");
    for (String s : List.of("two words", "semi:colon", "u1", "u2", "a1", "c1", "k1", "m1")) assertThat(listed(s)).isNull();
  }

  @Test
  void shortcodesAreUniqueAndMissingEmojiCannotBeEdited() {
    assertThat(admin.post("/api/v3/custom_emoji", emoji("twin")).status()).isEqualTo(200);
    var again = admin.post("/api/v3/custom_emoji", emoji("TWIN"));
    assertThat(again.status()).isEqualTo(400);
    assertThat(again.error()).isEqualTo("unknown");
    var edit = with(with(emoji("x"), "shortcode", null), "id", 999_999);
    assertThat(admin.put("/api/v3/custom_emoji", edit).error()).isEqualTo("unknown");
  }
}
