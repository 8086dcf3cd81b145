package warren.api.v3;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import warren.testing.TestSite;

/** A fresh site numbers its first person and first community 2, as a fresh Lemmy 0.19 does. */
class FirstIdsTest {
  @Test
  void theFirstPersonAndTheFirstCommunityHaveIdTwo() {
    try (TestSite site = TestSite.start()) {
      var admin = site.admin();
      var me = admin.get("/api/v3/site").json();
      assertThat(me.at("/my_user/local_user_view/person/id").asInt()).isEqualTo(2);

      var created = admin.post("/api/v3/community", Map.of("name", "main", "title", "Main"));
      assertThat(created.status()).as(created.body()).isEqualTo(200);
      assertThat(created.json().at("/community_view/community/id").asInt()).isEqualTo(2);

      var second = admin.post("/api/v3/community", Map.of("name", "second", "title", "Second"));
      assertThat(second.json().at("/community_view/community/id").asInt()).isEqualTo(3);
    }
  }
}
