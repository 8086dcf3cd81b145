package warren.api.v3;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
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

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostApiTest {
  private TestSite site;
  private ApiClient admin;
  private ApiClient alice;
  private ApiClient bob;
  private TsTypes types;
  private int community;

  @BeforeAll
  void start() {
    types = new TsTypes(LemmyJsClient.typesDir());
    site = TestSite.start();
    admin = site.admin();
    admin.put("/api/v3/site", Map.of("registration_mode", "Open"));
    alice = site.anonymous().register("alice", "password-123");
    bob = site.anonymous().register("bob", "password-123");
    community = alice.post("/api/v3/community", Map.of("name", "news", "title", "News")).json()
        .at("/community_view/community/id").asInt();
  }

  @AfterAll
  void stop() {
    site.close();
  }

  private JsonNode post(ApiClient who, String title, Map<String, Object> extra) {
    var form = new HashMap<String, Object>(Map.of("name", title, "community_id", community));
    form.putAll(extra);
    var r = who.post("/api/v3/post", form);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(types.check("PostResponse", r.json())).isEmpty();
    return r.json().get("post_view");
  }

  @Test
  void creatingAPostUpvotesAndReadsItForTheCreator() {
    JsonNode v = post(alice, "Hello world", Map.of("body", "First!", "url", "https://example.org/a"));
    assertThat(v.at("/post/ap_id").asString()).isEqualTo("http://warren.test/post/" + v.at("/post/id").asInt());
    assertThat(v.at("/counts/score").asInt()).isEqualTo(1);
    assertThat(v.at("/counts/upvotes").asInt()).isEqualTo(1);
    assertThat(v.get("my_vote").asInt()).isEqualTo(1);
    assertThat(v.get("read").asBoolean()).isTrue();
    assertThat(v.get("creator_is_moderator").asBoolean()).isTrue();
    assertThat(v.at("/post/url").asString()).isEqualTo("https://example.org/a");

    var got = site.anonymous().get("/api/v3/post", Map.of("id", v.at("/post/id").asInt()));
    assertThat(types.check("GetPostResponse", got.json())).isEmpty();
    assertThat(got.json().at("/post_view").has("my_vote")).isFalse();
    assertThat(got.json().at("/moderators/0/moderator/name").asString()).isEqualTo("alice");
  }

  @Test
  void crossPostsShareALink() {
    int first = post(alice, "Original link", Map.of("url", "https://example.org/shared")).at("/post/id").asInt();
    post(bob, "Same link again", Map.of("url", "https://example.org/shared"));
    var got = site.anonymous().get("/api/v3/post", Map.of("id", first)).json();
    assertThat(got.get("cross_posts").valueStream().map(p -> p.at("/post/name").asString()).toList())
        .containsExactly("Same link again");
  }

  @Test
  void postsAreValidated() throws InterruptedException {
    Map<String, Object> base = Map.of("community_id", community);
    assertThat(bob.post("/api/v3/post", with(base, "name", "ab")).error()).isEqualTo("invalid_post_title");
    assertThat(bob.post("/api/v3/post", with(base, "name", "x".repeat(201))).error()).isEqualTo("invalid_post_title");
    assertThat(bob.post("/api/v3/post", with(with(base, "name", "Fine title"), "body", "b".repeat(50_001))).error())
        .isEqualTo("invalid_body_field");
    assertThat(bob.post("/api/v3/post", with(with(base, "name", "Fine title"), "url", "ftp://x.example/f")).error())
        .isEqualTo("invalid_url_scheme");
    assertThat(bob.post("/api/v3/post", with(with(base, "name", "Fine title"), "honeypot", "bot")).error())
        .isEqualTo("honeypot_failed");
    assertThat(bob.post("/api/v3/post", Map.of("name", "Fine title", "community_id", 999_999)).error())
        .isEqualTo("couldnt_find_community");
    admin.put("/api/v3/site", Map.of("blocked_urls", List.of("spam.example")));
    try {
      assertThat(bob.post("/api/v3/post", with(with(base, "name", "Spam"), "url", "https://spam.example/buy")).error())
          .isEqualTo("blocked_url");
      assertThat(bob.post("/api/v3/post", with(with(base, "name", "Not spam"), "url", "https://nospam.example.org/"))
          .status()).isEqualTo(200);
      // As Lemmy's suite does it: an entry with a scheme and a slash, a URL without the slash, and
      // the URL checked before the community (its id here is another site's).
      admin.put("/api/v3/site", Map.of("blocked_urls", List.of("https://evil.com/")));
      assertThat(bob.post("/api/v3/post", Map.of("name", "Evil", "community_id", 999_999, "url", "https://evil.com"))
          .error()).isEqualTo("blocked_url");
      // A block applies at once; an unblock once the cached list expires (two seconds), as with
      // Lemmy's cache, which the suite's "Block post that contains banned URL" relies on.
      admin.put("/api/v3/site", Map.of("blocked_urls", List.of()));
      assertThat(bob.post("/api/v3/post", Map.of("name", "Evil", "community_id", 999_999, "url", "https://evil.com"))
          .error()).isEqualTo("blocked_url");
      Thread.sleep(2_100);
      assertThat(bob.post("/api/v3/post", Map.of("name", "Evil", "community_id", 999_999, "url", "https://evil.com"))
          .error()).isEqualTo("couldnt_find_community");
    } finally {
      admin.put("/api/v3/site", Map.of("blocked_urls", List.of()));
    }
    admin.put("/api/v3/site", Map.of("slur_filter_regex", "badword"));
    try {
      assertThat(bob.post("/api/v3/post", with(base, "name", "A badword here")).error()).isEqualTo("slurs");
    } finally {
      admin.put("/api/v3/site", Map.of("slur_filter_regex", ""));
    }
  }

  @Test
  void votesMoveScoresAndCreatorScore() {
    int id = post(alice, "Vote on me", Map.of()).at("/post/id").asInt();
    long before = personScore("alice");
    var up = bob.post("/api/v3/post/like", Map.of("post_id", id, "score", 1)).json().get("post_view");
    assertThat(up.at("/counts/score").asInt()).isEqualTo(2);
    assertThat(up.get("my_vote").asInt()).isEqualTo(1);
    var down = bob.post("/api/v3/post/like", Map.of("post_id", id, "score", -1)).json().get("post_view");
    assertThat(down.at("/counts/score").asInt()).isZero();
    assertThat(down.at("/counts/upvotes").asInt()).isEqualTo(1);
    assertThat(down.at("/counts/downvotes").asInt()).isEqualTo(1);
    var undo = bob.post("/api/v3/post/like", Map.of("post_id", id, "score", 0)).json().get("post_view");
    assertThat(undo.at("/counts/score").asInt()).isEqualTo(1);
    assertThat(undo.has("my_vote")).isFalse();
    assertThat(personScore("alice")).isEqualTo(before);
    assertThat(bob.post("/api/v3/post/like", Map.of("post_id", id, "score", 2)).error()).isEqualTo("invalid_vote_value");
    admin.put("/api/v3/site", Map.of("enable_downvotes", false));
    try {
      assertThat(bob.post("/api/v3/post/like", Map.of("post_id", id, "score", -1)).error())
          .isEqualTo("downvotes_are_disabled");
    } finally {
      admin.put("/api/v3/site", Map.of("enable_downvotes", true));
    }
  }

  private long personScore(String name) {
    return site.sql().withHandle(h -> h.createQuery("select post_score from person where name = :n")
        .bind("n", name).mapTo(Long.class).one());
  }

  @Test
  void countersFollowDeleteRestoreAndRemove() {
    long sitePosts = siteCount();
    long alicePosts = postCount("alice");
    long communityPosts = communityPosts();
    int id = post(alice, "Counted post", Map.of()).at("/post/id").asInt();
    assertThat(siteCount()).isEqualTo(sitePosts + 1);
    assertThat(postCount("alice")).isEqualTo(alicePosts + 1);
    assertThat(communityPosts()).isEqualTo(communityPosts + 1);

    assertThat(bob.post("/api/v3/post/delete", Map.of("post_id", id, "deleted", true)).error())
        .isEqualTo("no_post_edit_allowed");
    alice.post("/api/v3/post/delete", Map.of("post_id", id, "deleted", true));
    assertThat(siteCount()).isEqualTo(sitePosts);
    assertThat(postCount("alice")).isEqualTo(alicePosts);
    assertThat(communityPosts()).isEqualTo(communityPosts);
    alice.post("/api/v3/post/delete", Map.of("post_id", id, "deleted", false));
    assertThat(communityPosts()).isEqualTo(communityPosts + 1);

    assertThat(bob.post("/api/v3/post/remove", Map.of("post_id", id, "removed", true)).error())
        .isEqualTo("not_a_mod_or_admin");
    admin.post("/api/v3/post/remove", Map.of("post_id", id, "removed", true));
    assertThat(communityPosts()).isEqualTo(communityPosts);
    assertThat(postCount("alice")).isEqualTo(alicePosts);
    assertThat(site.anonymous().get("/api/v3/post", Map.of("id", id)).error()).isEqualTo("couldnt_find_post");
    admin.post("/api/v3/post/remove", Map.of("post_id", id, "removed", false));
    assertThat(communityPosts()).isEqualTo(communityPosts + 1);
    assertThat(siteCount()).isEqualTo(sitePosts + 1);
  }

  private long siteCount() {
    return site.anonymous().get("/api/v3/site").json().at("/site_view/counts/posts").asLong();
  }

  private long postCount(String name) {
    return site.anonymous().get("/api/v3/user", Map.of("username", name)).json().at("/person_view/counts/post_count")
        .asLong();
  }

  private long communityPosts() {
    return site.anonymous().get("/api/v3/community", Map.of("id", community)).json()
        .at("/community_view/counts/posts").asLong();
  }

  @Test
  void editingIsForTheCreator() {
    int id = post(alice, "Before edit", Map.of("body", "old")).at("/post/id").asInt();
    assertThat(bob.put("/api/v3/post", Map.of("post_id", id, "name", "Hijacked")).error())
        .isEqualTo("no_post_edit_allowed");
    var edited = alice.put("/api/v3/post", Map.of("post_id", id, "name", "After edit", "body", ""));
    assertThat(edited.json().at("/post_view/post/name").asString()).isEqualTo("After edit");
    assertThat(edited.json().at("/post_view/post").has("body")).isFalse();
    assertThat(edited.json().at("/post_view/post").has("updated")).isTrue();
  }

  @Test
  void savingReadingAndHiding() {
    int id = post(alice, "Keep me", Map.of()).at("/post/id").asInt();
    var saved = bob.put("/api/v3/post/save", Map.of("post_id", id, "save", true)).json().get("post_view");
    assertThat(saved.get("saved").asBoolean()).isTrue();
    assertThat(ids(bob.get("/api/v3/post/list", Map.of("saved_only", true, "type_", "All")))).containsExactly(id);
    assertThat(bob.post("/api/v3/post/mark_as_read", Map.of("post_ids", List.of(id), "read", true)).status())
        .isEqualTo(200);
    assertThat(bob.get("/api/v3/post", Map.of("id", id)).json().at("/post_view/read").asBoolean()).isTrue();
    bob.post("/api/v3/post/hide", Map.of("post_ids", List.of(id), "hide", true));
    assertThat(ids(bob.get("/api/v3/post/list", Map.of("type_", "All", "limit", 50)))).doesNotContain(id);
    assertThat(ids(bob.get("/api/v3/post/list", Map.of("type_", "All", "limit", 50, "show_hidden", true))))
        .contains(id);
    bob.post("/api/v3/post/hide", Map.of("post_ids", List.of(id), "hide", false));
    bob.put("/api/v3/user/save_user_settings", Map.of("show_read_posts", false));
    try {
      assertThat(ids(bob.get("/api/v3/post/list", Map.of("type_", "All", "limit", 50)))).doesNotContain(id);
    } finally {
      bob.put("/api/v3/user/save_user_settings", Map.of("show_read_posts", true));
    }
  }

  @Test
  void moderatorsLockAndFeature() {
    int id = post(bob, "Mod me", Map.of()).at("/post/id").asInt();
    assertThat(bob.post("/api/v3/post/lock", Map.of("post_id", id, "locked", true)).error())
        .isEqualTo("not_a_mod_or_admin");
    assertThat(alice.post("/api/v3/post/lock", Map.of("post_id", id, "locked", true)).json()
        .at("/post_view/post/locked").asBoolean()).isTrue();
    var featured = alice.post("/api/v3/post/feature", Map.of("post_id", id, "featured", true,
        "feature_type", "Community"));
    assertThat(featured.json().at("/post_view/post/featured_community").asBoolean()).isTrue();
    assertThat(alice.post("/api/v3/post/feature", Map.of("post_id", id, "featured", true, "feature_type", "Local"))
        .error()).isEqualTo("not_an_admin");
    assertThat(ids(site.anonymous().get("/api/v3/post/list", Map.of("community_id", community, "sort", "New")))
        .getFirst()).as("featured posts lead their community").isEqualTo(id);
    alice.post("/api/v3/post/feature", Map.of("post_id", id, "featured", false, "feature_type", "Community"));
  }

  @Test
  void onlyModeratorsPostWhenRestricted() {
    int restricted = alice.post("/api/v3/community", Map.of("name", "announcements", "title", "Announcements",
        "posting_restricted_to_mods", true)).json().at("/community_view/community/id").asInt();
    assertThat(bob.post("/api/v3/post", Map.of("name", "Let me in", "community_id", restricted)).error())
        .isEqualTo("only_mods_can_post_in_community");
    assertThat(alice.post("/api/v3/post", Map.of("name", "Official", "community_id", restricted)).status())
        .isEqualTo(200);
  }

  @Test
  void blocksHidePostsEverywhere() {
    var carol = site.anonymous().register("carol", "password-123");
    int id = post(carol, "From carol", Map.of()).at("/post/id").asInt();
    int carolId = carol.get("/api/v3/site").json().at("/my_user/local_user_view/person/id").asInt();
    assertThat(ids(bob.get("/api/v3/post/list", Map.of("type_", "All", "sort", "New", "limit", 50)))).contains(id);
    var blocked = bob.post("/api/v3/user/block", Map.of("person_id", carolId, "block", true));
    assertThat(types.check("BlockPersonResponse", blocked.json())).isEmpty();
    assertThat(ids(bob.get("/api/v3/post/list", Map.of("type_", "All", "sort", "New", "limit", 50))))
        .doesNotContain(id);
    assertThat(bob.get("/api/v3/site").json().at("/my_user/person_blocks/0/target/name").asString()).isEqualTo("carol");
    bob.post("/api/v3/user/block", Map.of("person_id", carolId, "block", false));
    bob.post("/api/v3/community/block", Map.of("community_id", community, "block", true));
    assertThat(ids(bob.get("/api/v3/post/list", Map.of("type_", "All", "sort", "New", "limit", 50))))
        .doesNotContain(id);
    bob.post("/api/v3/community/block", Map.of("community_id", community, "block", false));
    int adminId = admin.get("/api/v3/site").json().at("/my_user/local_user_view/person/id").asInt();
    assertThat(bob.post("/api/v3/user/block", Map.of("person_id", adminId, "block", true)).error())
        .isEqualTo("cant_block_admin");
  }

  @Test
  void nsfwPostsNeedTheSetting() {
    int id = post(alice, "Spicy", Map.of("nsfw", true)).at("/post/id").asInt();
    assertThat(ids(site.anonymous().get("/api/v3/post/list", Map.of("type_", "All", "sort", "New", "limit", 50))))
        .doesNotContain(id);
    bob.put("/api/v3/user/save_user_settings", Map.of("show_nsfw", true));
    assertThat(ids(bob.get("/api/v3/post/list", Map.of("type_", "All", "sort", "New", "limit", 50)))).contains(id);
    bob.put("/api/v3/user/save_user_settings", Map.of("show_nsfw", false));
  }

  @Test
  void listsFitTheClientTypes() {
    post(alice, "Typed", Map.of());
    var anon = site.anonymous().get("/api/v3/post/list", Map.of("type_", "All"));
    assertThat(types.check("GetPostsResponse", anon.json())).isEmpty();
    var mine = bob.get("/api/v3/post/list", Map.of("type_", "Subscribed"));
    assertThat(types.check("GetPostsResponse", mine.json())).isEmpty();
    assertThat(site.anonymous().get("/api/v3/post/list", Map.of("page_cursor", "garbage")).error())
        .isEqualTo("invalid_body");
  }

  static Map<String, Object> with(Map<String, Object> m, String k, Object v) {
    var copy = new HashMap<>(m);
    copy.put(k, v);
    return copy;
  }

  static List<Integer> ids(ApiClient.Reply r) {
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    List<Integer> out = new ArrayList<>();
    r.json().get("posts").forEach(p -> out.add(p.at("/post/id").asInt()));
    return out;
  }
}
