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
import warren.testing.LemmyJsClient;
import warren.testing.TestSite;
import warren.testing.TsTypes;

/** Search, object resolution and profile pages. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchApiTest {
  private TestSite site;
  private ApiClient alice;
  private TsTypes types;
  private int postId;
  private int commentId;

  @BeforeAll
  void start() {
    types = new TsTypes(LemmyJsClient.typesDir());
    site = TestSite.start();
    site.admin().put("/api/v3/site", Map.of("registration_mode", "Open"));
    alice = site.anonymous().register("gardener_alice", "password-123");
    alice.put("/api/v3/user/save_user_settings", Map.of("display_name", "Alice Green"));
    int community = alice.post("/api/v3/community", Map.of("name", "vegetables", "title", "Growing vegetables"))
        .json().at("/community_view/community/id").asInt();
    postId = alice.post("/api/v3/post", Map.of("name", "Tomatoes in pots", "community_id", community,
        "body", "Cherry tomatoes grow well on balconies", "url", "https://garden.example/tomatoes")).json()
        .at("/post_view/post/id").asInt();
    alice.post("/api/v3/post", Map.of("name", "Potato harvest", "community_id", community));
    commentId = alice.post("/api/v3/comment", Map.of("post_id", postId, "content", "Mine need more sunlight"))
        .json().at("/comment_view/comment/id").asInt();
  }

  @AfterAll
  void stop() {
    site.close();
  }

  private JsonNode search(Map<String, Object> q) {
    var r = site.anonymous().get("/api/v3/search", q);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(types.check("SearchResponse", r.json())).isEmpty();
    return r.json();
  }

  @Test
  void findsEachKindOfThing() {
    JsonNode all = search(Map.of("q", "tomatoes"));
    assertThat(all.get("type_").asString()).isEqualTo("All");
    assertThat(all.get("posts").valueStream().map(p -> p.at("/post/id").asInt()).toList()).containsExactly(postId);
    assertThat(search(Map.of("q", "sunlight", "type_", "Comments")).get("comments").valueStream()
        .map(c -> c.at("/comment/id").asInt()).toList()).containsExactly(commentId);
    assertThat(search(Map.of("q", "vegetab", "type_", "Communities")).at("/communities/0/community/name").asString())
        .isEqualTo("vegetables");
    assertThat(search(Map.of("q", "green", "type_", "Users")).at("/users/0/person/name").asString())
        .isEqualTo("gardener_alice");
    assertThat(search(Map.of("q", "https://garden.example/tomatoes", "type_", "Url")).get("posts").size())
        .isEqualTo(1);
    assertThat(search(Map.of("q", "tomatoes -balconies")).get("posts").size()).as("websearch syntax").isZero();
    assertThat(search(Map.of("q", "\"potato harvest\" OR nothing")).get("posts").size()).isEqualTo(1);
    assertThat(search(Map.of("q", "100%_", "type_", "Communities")).get("communities").size()).isZero();
    assertThat(site.anonymous().get("/api/v3/search", Map.of("q", "x", "type_", "Everything")).error())
        .isEqualTo("invalid_body");
  }

  @Test
  void resolvesLocalNamesAndUrls() {
    var community = alice.get("/api/v3/resolve_object", Map.of("q", "!vegetables@warren.test"));
    assertThat(types.check("ResolveObjectResponse", community.json())).isEmpty();
    assertThat(community.json().at("/community/community/name").asString()).isEqualTo("vegetables");
    assertThat(alice.get("/api/v3/resolve_object", Map.of("q", "@gardener_alice@warren.test")).json()
        .at("/person/person/name").asString()).isEqualTo("gardener_alice");
    assertThat(alice.get("/api/v3/resolve_object", Map.of("q", "gardener_alice@warren.test")).json()
        .at("/person/person/name").asString()).isEqualTo("gardener_alice");
    var post = alice.get("/api/v3/resolve_object", Map.of("q", "http://warren.test/post/" + postId));
    assertThat(post.json().at("/post/post/id").asInt()).isEqualTo(postId);
    assertThat(alice.get("/api/v3/resolve_object", Map.of("q", "http://warren.test/comment/" + commentId)).json()
        .at("/comment/comment/id").asInt()).isEqualTo(commentId);
    assertThat(alice.get("/api/v3/resolve_object", Map.of("q", "http://warren.test/c/vegetables")).json()
        .has("community")).isTrue();
    var missing = alice.get("/api/v3/resolve_object", Map.of("q", "!nothing@warren.test"));
    assertThat(missing.error()).isEqualTo("couldnt_find_object");
  }

  @Test
  void profilesListPostsCommentsAndModeration() {
    var r = site.anonymous().get("/api/v3/user", Map.of("username", "gardener_alice", "sort", "New"));
    assertThat(types.check("GetPersonDetailsResponse", r.json())).isEmpty();
    JsonNode p = r.json();
    assertThat(p.at("/person_view/counts/post_count").asInt()).isEqualTo(2);
    assertThat(p.at("/person_view/counts/comment_count").asInt()).isEqualTo(1);
    assertThat(p.get("posts").valueStream().map(x -> x.at("/post/name").asString()).toList())
        .containsExactly("Potato harvest", "Tomatoes in pots");
    assertThat(p.get("comments").size()).isEqualTo(1);
    assertThat(p.at("/moderates/0/community/name").asString()).isEqualTo("vegetables");
    var limited = site.anonymous().get("/api/v3/user", Map.of("username", "gardener_alice", "limit", 1));
    assertThat(limited.json().get("posts").size()).isEqualTo(1);
    alice.put("/api/v3/post/save", Map.of("post_id", postId, "save", true));
    var saved = alice.get("/api/v3/user", Map.of("username", "gardener_alice", "saved_only", true));
    assertThat(saved.json().get("posts").valueStream().map(x -> x.at("/post/id").asInt()).toList())
        .isEqualTo(List.of(postId));
  }
}
