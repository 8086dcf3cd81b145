package warren.federation.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.node.ObjectNode;
import warren.domain.comments.Comments;
import warren.testing.ApDocs;

/** Posts, comments, votes and their removal arriving from a remote Lemmy. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InboxContentTest {
  private InboxRig rig;

  @BeforeAll
  void start() {
    rig = new InboxRig();
  }

  @AfterAll
  void stop() {
    rig.close();
  }

  private long postColumn(String column, String apId) {
    return rig.count("select " + column + " from post where ap_id = ?", apId);
  }

  @Test
  void announcedPageOfAFollowedCommunityIsStored() {
    String id = rig.remote.url("/post/100");
    var page = ApDocs.page(id, rig.bob.id(), rig.main.id(), "Announced news");
    var create = ApDocs.inCommunity("Create", rig.bob, page, rig.main.id());
    rig.ok(rig.main, ApDocs.announce(rig.main, create));
    var row = rig.row("select p.name, p.body, p.local, c.actor_id, p.score from post p join community c on c.id = p.community_id"
        + " where p.ap_id = ?", id);
    assertThat(row).containsEntry("name", "Announced news").containsEntry("body", "text of Announced news")
        .containsEntry("local", false).containsEntry("actor_id", rig.main.id()).containsEntry("score", 1L);
    var list = rig.carol.get("/api/v3/post/list", Map.of("type_", "Subscribed", "sort", "New", "limit", 50));
    assertThat(list.json().get("posts").valueStream().map(p -> p.at("/post/ap_id").asString())).contains(id);

    // The same Create again, directly: its id was recorded through the Announce.
    assertThat(rig.send(rig.bob, create).statusCode()).isEqualTo(400);
  }

  @Test
  void announceByIdIsFetched() {
    String id = rig.remote.url("/post/101");
    var create = ApDocs.inCommunity("Create", rig.bob, ApDocs.page(id, rig.bob.id(), rig.main.id(), "By id"), rig.main.id());
    String createPath = java.net.URI.create(create.get("id").asString()).getPath();
    rig.remote.serve(createPath, create);
    rig.ok(rig.main, ApDocs.announce(rig.main, create.get("id").asString()));
    assertThat(postColumn("count(*)", id)).isEqualTo(1);
  }

  @Test
  void anAnnounceOfAnotherCommunitysActivityIsRefused() {
    var other = rig.remote.group("other");
    String id = rig.remote.url("/post/102");
    var create = ApDocs.inCommunity("Create", rig.bob, ApDocs.page(id, rig.bob.id(), rig.main.id(), "Smuggled"), rig.main.id());
    var r = rig.send(other, ApDocs.announce(other, create));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
    assertThat(r.body()).contains("invalid_community");
    assertThat(postColumn("count(*)", id)).isZero();
  }

  @Test
  void aCommunityWithoutLocalFollowersTakesNothing() {
    var lonely = rig.remote.group("lonely");
    String id = rig.remote.url("/post/103");
    var create = ApDocs.inCommunity("Create", rig.bob, ApDocs.page(id, rig.bob.id(), lonely.id(), "Unasked"), lonely.id());
    var r = rig.send(lonely, ApDocs.announce(lonely, create));
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).contains("community_has_no_followers");
    assertThat(postColumn("count(*)", id)).isZero();
  }

  @Test
  void aReplyChainWithMissingParentsIsFetched() {
    String post = rig.remotePost(200, rig.bob, "Thread");
    String c1 = rig.remote.url("/comment/201");
    String c2 = rig.remote.url("/comment/202");
    rig.remote.serve("/comment/201", ApDocs.note(c1, rig.eve.id(), post, rig.main.id(), "one"));
    rig.remote.serve("/comment/202", ApDocs.note(c2, rig.bob.id(), c1, rig.main.id(), "two"));
    String c3 = rig.remote.url("/comment/203");
    var create = ApDocs.inCommunity("Create", rig.eve, ApDocs.note(c3, rig.eve.id(), c2, rig.main.id(), "three"),
        rig.main.id());
    rig.ok(rig.eve, create);
    var row = rig.row("select c.content, nlevel(c.path) as depth, c.score, p.comments from comment c"
        + " join post p on p.id = c.post_id where c.ap_id = ?", c3);
    assertThat(row).containsEntry("content", "three").containsEntry("depth", 4).containsEntry("score", 1L)
        .containsEntry("comments", 3L);
    long childCount = rig.count("select child_count from comment where ap_id = ?", c1);
    assertThat(childCount).isEqualTo(2);
  }

  @Test
  void aReplyChainDeeperThanLemmysLimitIsRefused() {
    String post = rig.remotePost(300, rig.bob, "Deep");
    String parent = post;
    int depth = Comments.MAX_DEPTH + 2;
    for (int i = 1; i <= depth; i++) {
      String id = rig.remote.url("/comment/3" + String.format("%03d", i));
      rig.remote.serve(java.net.URI.create(id).getPath(), ApDocs.note(id, rig.bob.id(), parent, rig.main.id(), "level " + i));
      parent = id;
    }
    String last = rig.remote.url("/comment/3999");
    var r = rig.send(rig.bob, ApDocs.inCommunity("Create", rig.bob,
        ApDocs.note(last, rig.bob.id(), parent, rig.main.id(), "too deep"), rig.main.id()));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
    assertThat(r.body()).contains("max_comment_depth_reached");
    assertThat(rig.count("select count(*) from comment where ap_id = ?", last)).isZero();
  }

  @Test
  void remoteVotesMoveCountersExactly() {
    int post = rig.localPost("Counted");
    String apId = "http://warren.test/post/" + post;
    var like = rig.ok(rig.bob, ApDocs.inCommunity("Like", rig.bob, apId, rig.localActor));
    rig.ok(rig.eve, ApDocs.inCommunity("Like", rig.eve, apId, rig.localActor));
    assertThat(rig.row("select score, upvotes, downvotes from post where id = ?", post))
        .containsEntry("score", 3L).containsEntry("upvotes", 3L).containsEntry("downvotes", 0L);
    // bob changes his mind: a Dislike replaces his Like.
    rig.ok(rig.bob, ApDocs.inCommunity("Dislike", rig.bob, apId, rig.localActor));
    assertThat(rig.row("select score, upvotes, downvotes from post where id = ?", post))
        .containsEntry("score", 1L).containsEntry("upvotes", 2L).containsEntry("downvotes", 1L);
    // Undo (Lemmy always embeds a Like) takes back whatever vote there is.
    rig.ok(rig.bob, ApDocs.inCommunity("Undo", rig.bob, like, rig.localActor));
    assertThat(rig.row("select score, upvotes, downvotes from post where id = ?", post))
        .containsEntry("score", 2L).containsEntry("upvotes", 2L).containsEntry("downvotes", 0L);
    long creatorScore = rig.count("select post_score from person where name = 'carol' and local");
    assertThat(creatorScore).isPositive();
  }

  @Test
  void withDownvotesOffADislikeOnlyTakesTheVoteBack() {
    int post = rig.localPost("No downvotes");
    String apId = "http://warren.test/post/" + post;
    var admin = rig.site.admin();
    admin.put("/api/v3/site", Map.of("enable_downvotes", false));
    try {
      rig.ok(rig.bob, ApDocs.inCommunity("Like", rig.bob, apId, rig.localActor));
      rig.ok(rig.bob, ApDocs.inCommunity("Dislike", rig.bob, apId, rig.localActor));
      assertThat(rig.row("select score, downvotes from post where id = ?", post))
          .containsEntry("score", 1L).containsEntry("downvotes", 0L);
    } finally {
      admin.put("/api/v3/site", Map.of("enable_downvotes", true));
    }
  }

  @Test
  void votesOnRemoteCommentsAreCounted() {
    String post = rig.remotePost(400, rig.bob, "Comment votes");
    String c = rig.remote.url("/comment/401");
    rig.ok(rig.bob, ApDocs.inCommunity("Create", rig.bob, ApDocs.note(c, rig.bob.id(), post, rig.main.id(), "vote me"),
        rig.main.id()));
    var like = ApDocs.inCommunity("Like", rig.eve, c, rig.main.id());
    rig.ok(rig.main, ApDocs.announce(rig.main, like));
    assertThat(rig.row("select score, upvotes from comment where ap_id = ?", c))
        .containsEntry("score", 2L).containsEntry("upvotes", 2L);
  }

  @Test
  void deleteAndUndoDeleteByTheCreator() {
    String post = rig.remotePost(500, rig.bob, "Short-lived");
    rig.ok(rig.bob, ApDocs.inCommunity("Create", rig.bob, ApDocs.page(post, rig.bob.id(), rig.main.id(), "Short-lived"),
        rig.main.id()));
    var delete = rig.ok(rig.bob, ApDocs.inCommunity("Delete", rig.bob, post, rig.main.id()));
    assertThat(rig.row("select deleted, removed from post where ap_id = ?", post))
        .containsEntry("deleted", true).containsEntry("removed", false);
    rig.ok(rig.bob, ApDocs.inCommunity("Undo", rig.bob, delete, rig.main.id()));
    assertThat(rig.row("select deleted from post where ap_id = ?", post)).containsEntry("deleted", false);
    // A Delete with a summary is a moderator's removal; bob is on the community's own site, so Lemmy counts him one.
    var removal = ApDocs.inCommunity("Delete", rig.bob, post, rig.main.id()).put("summary", "spam");
    rig.ok(rig.bob, removal);
    assertThat(rig.row("select deleted, removed from post where ap_id = ?", post))
        .containsEntry("deleted", false).containsEntry("removed", true);
  }

  @Test
  void aRemoteStrangerCannotDeleteLocalContent() {
    int post = rig.localPost("Mine");
    var r = rig.send(rig.bob, ApDocs.inCommunity("Delete", rig.bob, "http://warren.test/post/" + post, rig.localActor));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
    assertThat(r.body()).contains("not_a_moderator");
    assertThat(rig.row("select deleted, removed from post where id = ?", post))
        .containsEntry("deleted", false).containsEntry("removed", false);
    var unknown = rig.send(rig.bob, ApDocs.inCommunity("Delete", rig.bob, rig.remote.url("/post/nothing"), rig.main.id()));
    assertThat(unknown.statusCode()).isEqualTo(404);
  }

  @Test
  void lockAndUndoLock() {
    String post = rig.remotePost(600, rig.bob, "Lockable");
    rig.ok(rig.bob, ApDocs.inCommunity("Create", rig.bob, ApDocs.page(post, rig.bob.id(), rig.main.id(), "Lockable"),
        rig.main.id()));
    var lock = rig.ok(rig.eve, ApDocs.inCommunity("Lock", rig.eve, post, rig.main.id()));
    assertThat(rig.row("select locked from post where ap_id = ?", post)).containsEntry("locked", true);
    rig.ok(rig.eve, ApDocs.inCommunity("Undo", rig.eve, lock, rig.main.id()));
    assertThat(rig.row("select locked from post where ap_id = ?", post)).containsEntry("locked", false);
  }

  @Test
  void lockedLocalPostsRefuseRemoteComments() {
    int post = rig.localPost("Locked here");
    rig.carol.post("/api/v3/post/lock", Map.of("post_id", post, "locked", true));
    String c = rig.remote.url("/comment/700");
    var r = rig.send(rig.bob, ApDocs.inCommunity("Create", rig.bob,
        ApDocs.note(c, rig.bob.id(), "http://warren.test/post/" + post, rig.localActor, "let me in"), rig.localActor));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
    assertThat(r.body()).contains("post_is_locked");
    assertThat(rig.count("select count(*) from comment where ap_id = ?", c)).isZero();
  }

  @Test
  void featuredAddAndRemove() {
    String post = rig.remotePost(800, rig.bob, "Pin me");
    rig.ok(rig.bob, ApDocs.inCommunity("Create", rig.bob, ApDocs.page(post, rig.bob.id(), rig.main.id(), "Pin me"),
        rig.main.id()));
    var add = ApDocs.inCommunity("Add", rig.bob, post, rig.main.id()).put("target", rig.main.id() + "/featured");
    rig.ok(rig.main, ApDocs.announce(rig.main, add));
    assertThat(rig.row("select featured_community from post where ap_id = ?", post))
        .containsEntry("featured_community", true);
    var remove = ApDocs.inCommunity("Remove", rig.bob, post, rig.main.id()).put("target", rig.main.id() + "/featured");
    rig.ok(rig.main, ApDocs.announce(rig.main, remove));
    assertThat(rig.row("select featured_community from post where ap_id = ?", post))
        .containsEntry("featured_community", false);
  }

  @Test
  void moderatorsAddAndRemove() {
    var add = ApDocs.inCommunity("Add", rig.bob, rig.eve.id(), rig.main.id()).put("target", rig.main.id() + "/moderators");
    rig.ok(rig.bob, add);
    String isMod = "select count(*) from community_actions ca join person p on p.id = ca.person_id"
        + " where p.actor_id = ? and ca.community_id = ? and ca.became_moderator is not null";
    assertThat(rig.count(isMod, rig.eve.id(), rig.mainId)).isEqualTo(1);
    var remove = ApDocs.inCommunity("Remove", rig.bob, rig.eve.id(), rig.main.id()).put("target", rig.main.id() + "/moderators");
    rig.ok(rig.bob, remove);
    assertThat(rig.count(isMod, rig.eve.id(), rig.mainId)).isZero();
  }

  @Test
  void updatesApplyOnlyWhenNewer() {
    String post = rig.remotePost(900, rig.bob, "Draft");
    ObjectNode page = ApDocs.page(post, rig.bob.id(), rig.main.id(), "Draft");
    rig.ok(rig.bob, ApDocs.inCommunity("Create", rig.bob, page, rig.main.id()));
    ObjectNode edited = page.deepCopy().put("name", "Final").put("updated", "2024-06-01T00:00:00Z");
    rig.ok(rig.bob, ApDocs.inCommunity("Update", rig.bob, edited, rig.main.id()));
    assertThat(rig.row("select name from post where ap_id = ?", post)).containsEntry("name", "Final");
    ObjectNode older = page.deepCopy().put("name", "Stale").put("updated", "2024-05-15T00:00:00Z");
    rig.ok(rig.bob, ApDocs.inCommunity("Update", rig.bob, older, rig.main.id()));
    assertThat(rig.row("select name from post where ap_id = ?", post)).containsEntry("name", "Final");
    // Nobody else may edit it.
    ObjectNode hijack = page.deepCopy().put("name", "Hijacked").put("updated", "2024-07-01T00:00:00Z");
    hijack.put("attributedTo", rig.eve.id());
    assertThat(rig.send(rig.eve, ApDocs.inCommunity("Update", rig.eve, hijack, rig.main.id())).statusCode()).isEqualTo(400);
    assertThat(rig.row("select name from post where ap_id = ?", post)).containsEntry("name", "Final");
  }
}
