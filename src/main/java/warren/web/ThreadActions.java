package warren.web;

import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import warren.domain.DomainException;
import warren.domain.ErrorType;
import warren.domain.accounts.LocalUserView;
import warren.domain.comments.CommentListing;
import warren.domain.comments.Comments;
import warren.domain.communities.Communities;
import warren.domain.posts.PostListing;
import warren.domain.posts.Posts;
import warren.store.comment.CommentView;

/**
 * The forms of a thread: votes, comments and replies, edits, deletes, saves and the moderators'
 * actions. Each posts, then redirects back to the page at the changed item; when warren.js asks,
 * it answers with the changed piece of the page instead.
 */
public final class ThreadActions {
  private final Pages pages;
  private final Posts posts;
  private final PostListing postListing;
  private final Comments comments;
  private final CommentListing commentListing;
  private final Communities communities;

  ThreadActions(Pages pages, Posts posts, PostListing postListing, Comments comments, CommentListing commentListing,
      Communities communities) {
    this.pages = pages;
    this.posts = posts;
    this.postListing = postListing;
    this.comments = comments;
    this.commentListing = commentListing;
    this.communities = communities;
  }

  void routes(HttpRules rules) {
    rules.post("/post/{id}/vote", pages.action(this::votePost))
        .post("/post/{id}/comment", pages.action(this::commentOnPost))
        .post("/post/{id}/delete", postFlag((u, id, f) -> posts.delete(u, id, f.checked("deleted"))))
        .post("/post/{id}/save", postFlag((u, id, f) -> posts.mark(u, List.of(id), "saved", f.checked("save"))))
        .post("/post/{id}/lock", postFlag((u, id, f) -> posts.lock(u, id, f.checked("locked"))))
        .post("/post/{id}/remove", postFlag((u, id, f) -> posts.remove(u, id, f.checked("removed"))))
        .post("/post/{id}/feature", postFlag((u, id, f) -> posts.feature(u, id, f.checked("featured"),
            f.trimmed("feature_type") == null ? "Community" : f.trimmed("feature_type"))))
        .post("/comment/{id}/vote", pages.action(this::voteComment))
        .post("/comment/{id}/reply", pages.action(this::reply))
        .post("/comment/{id}/edit", commentChange((u, id, f) -> comments.edit(u, id, required(f, "content"), null)))
        .post("/comment/{id}/delete", commentChange((u, id, f) -> comments.delete(u, id, f.checked("deleted"))))
        .post("/comment/{id}/save", commentChange((u, id, f) -> comments.save(u, id, f.checked("save"))))
        .post("/comment/{id}/distinguish", commentChange((u, id, f) ->
            comments.distinguish(u, id, f.checked("distinguished"))))
        .post("/comment/{id}/remove", commentChange((u, id, f) -> comments.remove(u, id, f.checked("removed"))));
  }

  @FunctionalInterface
  private interface Change {
    void apply(LocalUserView user, int id, Form form);
  }

  private void votePost(ServerRequest req, ServerResponse res, Form form) {
    var me = pages.auth().requireUser(req);
    int id = ThreadPages.pathId(req);
    posts.vote(me, id, form.requiredInt("score"));
    pages.answer(req, res, form, "/post/" + id, "p" + id, "tag/votes.jte", () -> {
      var v = postListing.view(id, Optional.of(me));
      var p = v.post();
      return votes(req, res, form, "post", id, p.score(), p.upvotes(), p.downvotes(), v.myVote());
    });
  }

  private void voteComment(ServerRequest req, ServerResponse res, Form form) {
    var me = pages.auth().requireUser(req);
    int id = ThreadPages.pathId(req);
    comments.vote(me, id, form.requiredInt("score"));
    pages.answer(req, res, form, "/comment/" + id, "c" + id, "tag/votes.jte", () -> {
      var v = commentListing.get(Optional.of(me), id);
      var c = v.comment();
      return votes(req, res, form, "comment", id, c.score(), c.upvotes(), c.downvotes(), v.myVote());
    });
  }

  private Map<String, Object> votes(ServerRequest req, ServerResponse res, Form form, String kind, int id, long score,
      long up, long down, Integer myVote) {
    return Map.of("c", pages.chrome(req, res, form), "kind", kind, "id", id, "score", score, "upvotes", up,
        "downvotes", down, "myVote", myVote == null ? 0 : myVote);
  }

  private void commentOnPost(ServerRequest req, ServerResponse res, Form form) {
    var me = pages.auth().requireUser(req);
    int postId = ThreadPages.pathId(req);
    var created = comments.create(me, required(form, "content"), postId, null, null);
    answerNewComment(req, res, form, me, created.commentId(), "/post/" + postId);
  }

  private void reply(ServerRequest req, ServerResponse res, Form form) {
    var me = pages.auth().requireUser(req);
    int parentId = ThreadPages.pathId(req);
    var parent = commentListing.get(Optional.of(me), parentId);
    var created = comments.create(me, required(form, "content"), parent.comment().postId(), parentId, null);
    answerNewComment(req, res, form, me, created.commentId(), "/comment/" + parentId);
  }

  /** A new comment: its place in the thread for warren.js, else the page scrolled to it. */
  private void answerNewComment(ServerRequest req, ServerResponse res, Form form, LocalUserView me, int commentId,
      String fallback) {
    pages.answer(req, res, form, fallback, "c" + commentId, "tag/comment.jte", () -> {
      CommentView v = commentListing.get(Optional.of(me), commentId);
      Chrome c = pages.chrome(req, res, form);
      return Map.of("c", c, "node", new CommentTree.Node(v, new ArrayList<>()), "t", thread(c, v));
    });
  }

  /** A post's flag changed by a small form; the page reloads, since such a change touches several places. */
  private Handler postFlag(Change change) {
    return pages.action((req, res, form) -> {
      var me = pages.auth().requireUser(req);
      int id = ThreadPages.pathId(req);
      change.apply(me, id, form);
      pages.answer(req, res, form, "/post/" + id, null, null, null);
    });
  }

  /** A comment changed: its body and actions for warren.js, else the page at the comment. */
  private Handler commentChange(Change change) {
    return pages.action((req, res, form) -> {
      var me = pages.auth().requireUser(req);
      int id = ThreadPages.pathId(req);
      change.apply(me, id, form);
      pages.answer(req, res, form, "/comment/" + id, "c" + id, "tag/commentself.jte", () -> {
        CommentView v = commentListing.get(Optional.of(me), id);
        Chrome c = pages.chrome(req, res, form);
        return Map.of("c", c, "v", v, "t", thread(c, v));
      });
    });
  }

  private ThreadPages.ThreadView thread(Chrome c, CommentView v) {
    var community = communities.details(v.community().id(), Optional.ofNullable(c.me()));
    return ThreadPages.threadView(c, community, v.post().id(), v.post().locked());
  }

  private static String required(Form form, String field) {
    String v = form.text(field);
    if (v == null || v.isBlank()) throw new DomainException(ErrorType.INVALID_BODY, "write something first");
    return v;
  }
}
