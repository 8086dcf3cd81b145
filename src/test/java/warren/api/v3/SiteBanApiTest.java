package warren.api.v3;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import warren.testing.ApiClient;
import warren.testing.LemmyJsClient;
import warren.testing.TestSite;
import warren.testing.TsTypes;

/** POST /user/ban over HTTP: who may, what a ban does to the account and its content, and its lifting. */
class SiteBanApiTest {
  @Test
  void anAdminBansAndUnbans() {
    var types = new TsTypes(LemmyJsClient.typesDir());
    try (TestSite site = TestSite.start()) {
      ApiClient admin = site.admin();
      admin.put("/api/v3/site", Map.of("registration_mode", "Open"));
      ApiClient mallory = site.anonymous().register("mallory", "password-123");
      ApiClient carol = site.anonymous().register("carol", "password-123");
      int malloryId = mallory.get("/api/v3/site").json().at("/my_user/local_user_view/person/id").asInt();
      int adminId = admin.get("/api/v3/site").json().at("/my_user/local_user_view/person/id").asInt();
      int community = admin.post("/api/v3/community", Map.of("name", "market", "title", "Market")).json()
          .at("/community_view/community/id").asInt();
      int post = mallory.post("/api/v3/post", Map.of("name", "Cheap pills", "community_id", community)).json()
          .at("/post_view/post/id").asInt();

      assertThat(carol.post("/api/v3/user/ban", Map.of("person_id", malloryId, "ban", true)).error())
          .isEqualTo("not_an_admin");
      assertThat(admin.post("/api/v3/user/ban", Map.of("person_id", adminId, "ban", true)).error())
          .isEqualTo("not_higher_admin");
      var r = admin.post("/api/v3/user/ban", Map.of("person_id", malloryId, "ban", true, "remove_data", true,
          "reason", "spam"));
      assertThat(r.status()).as(r.body()).isEqualTo(200);
      assertThat(types.check("BanPersonResponse", r.json())).isEmpty();
      assertThat(r.json().at("/person_view/person/banned").asBoolean()).isTrue();

      var me = mallory.get("/api/v3/site").json().path("my_user");
      assertThat(me.isMissingNode() || me.isNull()).as("signed out everywhere").isTrue();
      var login = Map.of("username_or_email", "mallory", "password", "password-123");
      assertThat(site.anonymous().post("/api/v3/user/login", login).error()).isEqualTo("site_ban");
      assertThat(admin.get("/api/v3/post", Map.of("id", post)).json().at("/post_view/post/removed").asBoolean()).isTrue();

      admin.post("/api/v3/user/ban", Map.of("person_id", malloryId, "ban", false, "remove_data", true));
      assertThat(admin.get("/api/v3/post", Map.of("id", post)).json().at("/post_view/post/removed").asBoolean())
          .isFalse();
      ApiClient again = site.anonymous().login("mallory", "password-123");
      assertThat(again.post("/api/v3/post", Map.of("name", "Sorry", "community_id", community)).status()).isEqualTo(200);
    }
  }
}
