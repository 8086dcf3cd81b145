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

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CommentApiTest {
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
    community = alice.post("/api/v3/community", Map.of("name", "talk", "title", "Talk")).json()
        .at("/community_view/community/id").asInt();
  }

  @AfterAll
  void stop() {
    site.close();
  }

  private int newPost(ApiClient who) {
    return who.post("/api/v3/post", Map.of("name", "A post to discuss", "community_id", community)).json()
        .at("/post_view/post/id").asInt();
  }

  private JsonNode comment(ApiClient who, int postId, Integer parentId, String content) {
    var form = new HashMap<String, Object>(Map.of("post_id", postId, "content", content));
    if (parentId != null) form.put("parent_id", parentId);
    var r = who.post("/api/v3/comment", form);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(types.check("CommentResponse", r.json())).isEmpty();
    return r.json();
  }

  @Test
  void viewsTellTheCreatorsStandingToAnonymousAndSignedInReaders() {
    int post = newPost(alice);
    comment(admin, post, null, "From the admin");
    comment(alice, post, null, "From the moderator");
    comment(bob, post, null, "From a member");
    for (ApiClient reader : List.of(site.anonymous(), bob)) {
      var list = reader.get("/api/v3/comment/list", Map.of("post_id", post, "max_depth", 8, "sort", "Old"));
      JsonNode comments = list.json().get("comments");
      assertThat(comments.size()).isEqualTo(3);
      assertThat(comments.get(0).get("creator_is_admin").asBoolean()).isTrue();
      assertThat(comments.get(0).get("creator_is_moderator").asBoolean()).isFalse();
      assertThat(comments.get(1).get("creator_is_admin").asBoolean()).isFalse();
      assertThat(comments.get(1).get("creator_is_moderator").asBoolean()).isTrue();
      assertThat(comments.get(2).get("creator_is_admin").asBoolean()).isFalse();
      assertThat(comments.get(2).get("creator_is_moderator").asBoolean()).isFalse();
      var one = reader.get("/api/v3/comment", Map.of("id", comments.get(0).at("/comment/id").asInt()));
      assertThat(one.json().at("/comment_view/creator_is_admin").asBoolean()).isTrue();
    }
    var posts = site.anonymous().get("/api/v3/post/list", Map.of("community_id", community, "sort", "New"));
    assertThat(posts.json().at("/posts/0/creator_is_admin").asBoolean()).isFalse();
    assertThat(posts.json().at("/posts/0/creator_is_moderator").asBoolean()).isTrue();
    int adminPost = newPost(admin);
    var byAdmin = bob.get("/api/v3/post", Map.of("id", adminPost));
    assertThat(byAdmin.json().at("/post_view/creator_is_admin").asBoolean()).isTrue();
  }

  @Test
  void aThreadShowsItsCreatorsAsTheyAreNow() {
    ApiClient carol = site.anonymous().register("carol", "password-123");
    int post = newPost(alice);
    comment(carol, post, null, "First");
    comment(carol, post, null, "Second");
    for (int i = 0; i < 2; i++) { // the second read finds the creator in memory
      var before = site.anonymous().get("/api/v3/comment/list", Map.of("post_id", post, "max_depth", 8));
      assertThat(before.json().at("/comments/0/creator/name").asString()).isEqualTo("carol");
      assertThat(before.json().at("/comments/1/creator/display_name").isMissingNode()
          || before.json().at("/comments/1/creator/display_name").isNull()).isTrue();
    }
    assertThat(carol.put("/api/v3/user/save_user_settings", Map.of("display_name", "Carol C")).status()).isEqualTo(200);
    var after = site.anonymous().get("/api/v3/comment/list", Map.of("post_id", post, "max_depth", 8));
    assertThat(after.json().at("/comments/0/creator/display_name").asString()).isEqualTo("Carol C");
    assertThat(after.json().at("/comments/1/creator/display_name").asString()).isEqualTo("Carol C");
  }

  @Test
  void threadsKeepPathsChildCountsAndDepth() {
    int post = newPost(alice);
    JsonNode top = comment(bob, post, null, "Top level").get("comment_view");
    int topId = top.at("/comment/id").asInt();
    assertThat(top.at("/comment/path").asString()).isEqualTo("0." + topId);
    assertThat(top.at("/counts/score").asInt()).isEqualTo(1);
    int reply = comment(alice, post, topId, "Reply").at("/comment_view/comment/id").asInt();
    int deeper = comment(bob, post, reply, "Deeper").at("/comment_view/comment/id").asInt();
    JsonNode deepest = comment(alice, post, deeper, "Deepest").get("comment_view");
    assertThat(deepest.at("/comment/path").asString()).isEqualTo("0." + topId + "." + reply + "." + deeper + "."
        + deepest.at("/comment/id").asInt());

    var tree = site.anonymous().get("/api/v3/comment/list", Map.of("post_id", post, "max_depth", 8));
    assertThat(types.check("GetCommentsResponse", tree.json())).isEmpty();
    assertThat(tree.json().get("comments").size()).isEqualTo(4);
    JsonNode first = tree.json().get("comments").get(0);
    assertThat(first.at("/comment/id").asInt()).isEqualTo(topId);
    assertThat(first.at("/counts/child_count").asInt()).isEqualTo(3);

    var shallow = site.anonymous().get("/api/v3/comment/list", Map.of("post_id", post, "max_depth", 2));
    assertThat(shallow.json().get("comments").size()).isEqualTo(2);
    var branch = site.anonymous().get("/api/v3/comment/list", Map.of("parent_id", reply, "max_depth", 1));
    assertThat(branch.json().get("comments").valueStream().map(c -> c.at("/comment/id").asInt()).toList())
        .containsExactlyInAnyOrder(reply, deeper);

    assertThat(site.anonymous().get("/api/v3/post", Map.of("id", post)).json().at("/post_view/counts/comments")
        .asInt()).isEqualTo(4);
    assertThat(comment(alice, newPost(alice), null, "other").get("recipient_ids").size()).isZero();
  }

  @Test
  void repliesNotifyTheParentAuthor() {
    int post = newPost(alice);
    JsonNode r = comment(bob, post, null, "Hello alice");
    int aliceLocalUser = alice.get("/api/v3/site").json().at("/my_user/local_user_view/local_user/id").asInt();
    assertThat(r.get("recipient_ids").valueStream().map(JsonNode::asInt).toList()).containsExactly(aliceLocalUser);
    int replyId = site.sql().withHandle(h -> h.createQuery("select id from comment_reply where comment_id = :c")
        .bind("c", r.at("/comment_view/comment/id").asInt()).mapTo(Integer.class).one());
    var marked = alice.post("/api/v3/comment/mark_as_read", Map.of("comment_reply_id", replyId, "read", true));
    assertThat(marked.status()).as(marked.body()).isEqualTo(200);
    assertThat(types.check("CommentReplyResponse", marked.json())).isEmpty();
    assertThat(marked.json().at("/comment_reply_view/comment_reply/read").asBoolean()).isTrue();
    assertThat(bob.post("/api/v3/comment/mark_as_read", Map.of("comment_reply_id", replyId, "read", true)).status())
        .isEqualTo(400);
  }

  @Test
  void countersFollowDeleteRestoreAndRemove() {
    int post = newPost(alice);
    long siteComments = site.anonymous().get("/api/v3/site").json().at("/site_view/counts/comments").asLong();
    long bobComments = commentCount("bob");
    int id = comment(bob, post, null, "Counted").at("/comment_view/comment/id").asInt();
    assertThat(commentCount("bob")).isEqualTo(bobComments + 1);
    assertThat(postComments(post)).isEqualTo(1);
    assertThat(alice.post("/api/v3/comment/delete", Map.of("comment_id", id, "deleted", true)).error())
        .isEqualTo("no_comment_edit_allowed");
    var deleted = bob.post("/api/v3/comment/delete", Map.of("comment_id", id, "deleted", true));
    assertThat(deleted.json().at("/comment_view/comment/deleted").asBoolean()).isTrue();
    assertThat(postComments(post)).isZero();
    assertThat(commentCount("bob")).isEqualTo(bobComments);
    var listed = site.anonymous().get("/api/v3/comment/list", Map.of("post_id", post)).json().at("/comments/0/comment");
    assertThat(listed.get("content").asString()).as("deleted words are not shown").isEmpty();
    bob.post("/api/v3/comment/delete", Map.of("comment_id", id, "deleted", false));
    assertThat(postComments(post)).isEqualTo(1);
    alice.post("/api/v3/comment/remove", Map.of("comment_id", id, "removed", true));
    assertThat(postComments(post)).isZero();
    assertThat(bob.post("/api/v3/comment/remove", Map.of("comment_id", id, "removed", false)).error())
        .isEqualTo("not_a_mod_or_admin");
    alice.post("/api/v3/comment/remove", Map.of("comment_id", id, "removed", false));
    assertThat(postComments(post)).isEqualTo(1);
    assertThat(site.anonymous().get("/api/v3/site").json().at("/site_view/counts/comments").asLong())
        .isEqualTo(siteComments + 1);
  }

  private long commentCount(String name) {
    return site.anonymous().get("/api/v3/user", Map.of("username", name)).json()
        .at("/person_view/counts/comment_count").asLong();
  }

  private long postComments(int post) {
    return site.anonymous().get("/api/v3/post", Map.of("id", post)).json().at("/post_view/counts/comments").asLong();
  }

  @Test
  void votesEditsSavesAndDistinction() {
    int post = newPost(alice);
    int id = comment(bob, post, null, "Vote here").at("/comment_view/comment/id").asInt();
    var liked = alice.post("/api/v3/comment/like", Map.of("comment_id", id, "score", -1));
    assertThat(liked.json().at("/comment_view/counts/score").asInt()).isZero();
    assertThat(liked.json().at("/comment_view/my_vote").asInt()).isEqualTo(-1);
    var unliked = alice.post("/api/v3/comment/like", Map.of("comment_id", id, "score", 0));
    assertThat(unliked.json().at("/comment_view/counts/score").asInt()).isEqualTo(1);
    assertThat(unliked.json().at("/comment_view").has("my_vote")).isFalse();

    assertThat(alice.put("/api/v3/comment", Map.of("comment_id", id, "content", "Mine")).error())
        .isEqualTo("no_comment_edit_allowed");
    var edited = bob.put("/api/v3/comment", Map.of("comment_id", id, "content", "Edited words"));
    assertThat(edited.json().at("/comment_view/comment/content").asString()).isEqualTo("Edited words");
    assertThat(edited.json().at("/comment_view/comment").has("updated")).isTrue();

    assertThat(alice.put("/api/v3/comment/save", Map.of("comment_id", id, "save", true)).json()
        .at("/comment_view/saved").asBoolean()).isTrue();
    assertThat(alice.get("/api/v3/comment/list", Map.of("saved_only", true)).json().get("comments").size())
        .isEqualTo(1);

    int modComment = comment(alice, post, null, "Speaking as moderator").at("/comment_view/comment/id").asInt();
    assertThat(bob.post("/api/v3/comment/distinguish", Map.of("comment_id", id, "distinguished", true)).error())
        .isEqualTo("not_a_mod_or_admin");
    var d = alice.post("/api/v3/comment/distinguish", Map.of("comment_id", modComment, "distinguished", true));
    assertThat(d.json().at("/comment_view/comment/distinguished").asBoolean()).isTrue();
    var thread = site.anonymous().get("/api/v3/comment/list", Map.of("post_id", post, "max_depth", 8, "sort", "New"));
    assertThat(thread.json().at("/comments/0/comment/id").asInt()).as("distinguished first").isEqualTo(modComment);
  }

  @Test
  void lockedPostsTakeNoNewComments() {
    int post = newPost(alice);
    alice.post("/api/v3/post/lock", Map.of("post_id", post, "locked", true));
    assertThat(bob.post("/api/v3/comment", Map.of("post_id", post, "content", "Let me in")).error()).isEqualTo("locked");
    assertThat(alice.post("/api/v3/comment", Map.of("post_id", post, "content", "Mods may")).status()).isEqualTo(200);
    assertThat(bob.post("/api/v3/comment", Map.of("post_id", 999_999, "content", "x")).error())
        .isEqualTo("couldnt_find_post");
    assertThat(bob.post("/api/v3/comment", Map.of("post_id", newPost(alice), "content", "x".repeat(10_001))).error())
        .isEqualTo("invalid_body_field");
  }

  @Test
  void sortsOrderTheFlatList() {
    int post = newPost(alice);
    int a = comment(bob, post, null, "first").at("/comment_view/comment/id").asInt();
    int b = comment(bob, post, null, "second").at("/comment_view/comment/id").asInt();
    int c = comment(bob, post, null, "third").at("/comment_view/comment/id").asInt();
    alice.post("/api/v3/comment/like", Map.of("comment_id", a, "score", 1));
    admin.post("/api/v3/comment/like", Map.of("comment_id", a, "score", 1));
    alice.post("/api/v3/comment/like", Map.of("comment_id", c, "score", 1));
    assertThat(ids(Map.of("post_id", post, "sort", "New"))).containsExactly(c, b, a);
    assertThat(ids(Map.of("post_id", post, "sort", "Old"))).containsExactly(a, b, c);
    assertThat(ids(Map.of("post_id", post, "sort", "Top"))).containsExactly(a, c, b);
  }

  private List<Integer> ids(Map<String, Object> q) {
    return site.anonymous().get("/api/v3/comment/list", q).json().get("comments").valueStream()
        .map(c -> c.at("/comment/id").asInt()).toList();
  }
}
