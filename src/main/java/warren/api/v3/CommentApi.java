package warren.api.v3;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.List;
import java.util.Optional;
import warren.api.v3.json.CommentReply;
import warren.api.v3.json.CommentReplyView;
import warren.api.v3.json.CommentView;
import warren.api.v3.json.Person;
import warren.domain.accounts.LocalUserView;
import warren.domain.comments.CommentListing;
import warren.domain.comments.Comments;
import warren.http.Api;
import warren.http.Auth;

/** /api/v3/comment: create, read, edit, list, vote, save, delete, remove, distinguish, reply read marks. */
public final class CommentApi implements HttpService {
  private final Comments comments;
  private final CommentListing listing;
  private final Auth auth;

  public CommentApi(Comments comments, CommentListing listing, Auth auth) {
    this.comments = comments;
    this.listing = listing;
    this.auth = auth;
  }

  record CommentResponse(CommentView commentView, List<Integer> recipientIds) {}

  record GetCommentsResponse(List<CommentView> comments) {}

  record CreateForm(String content, Integer postId, Integer parentId, Integer languageId) {}

  record EditForm(Integer commentId, String content, Integer languageId) {}

  record CommentIdForm(Integer commentId, Boolean deleted, Boolean removed, Boolean save, Boolean distinguished,
      Integer score, String reason) {}

  record ListForm(String type_, String sort, Integer maxDepth, Integer page, Integer limit, Integer communityId,
      String communityName, Integer postId, Integer parentId, Boolean savedOnly, Boolean likedOnly,
      Boolean dislikedOnly) {}

  record GetForm(Integer id) {}

  record MarkReplyForm(Integer commentReplyId, Boolean read) {}

  record CommentReplyResponse(CommentReplyView commentReplyView) {}

  @Override
  public void routing(HttpRules rules) {
    rules.post("/comment", this::create)
        .get("/comment", this::get)
        .put("/comment", this::edit)
        .get("/comment/list", this::list)
        .post("/comment/delete", this::delete)
        .post("/comment/remove", this::remove)
        .post("/comment/like", this::like)
        .put("/comment/save", this::save)
        .post("/comment/distinguish", this::distinguish)
        .post("/comment/mark_as_read", this::markAsRead);
  }

  private void create(ServerRequest req, ServerResponse res) {
    var user = auth.requireUser(req);
    var f = Api.body(req, CreateForm.class);
    var created = comments.create(user, Api.required(f.content(), "content"), Api.required(f.postId(), "post_id"),
        f.parentId(), f.languageId());
    respond(res, created.commentId(), user, created.recipientIds());
  }

  private void get(ServerRequest req, ServerResponse res) {
    var f = Api.query(req, GetForm.class);
    var view = listing.get(auth.user(req), Api.required(f.id(), "id"));
    Api.json(res, new CommentResponse(CommentView.of(view), List.of()));
  }

  private void edit(ServerRequest req, ServerResponse res) {
    var user = auth.requireUser(req);
    var f = Api.body(req, EditForm.class);
    int id = Api.required(f.commentId(), "comment_id");
    comments.edit(user, id, f.content(), f.languageId());
    respond(res, id, user, List.of());
  }

  private void list(ServerRequest req, ServerResponse res) {
    var f = Api.query(req, ListForm.class);
    var list = listing.list(auth.user(req), new CommentListing.Query(f.type_(), f.sort(), f.maxDepth(), f.page(),
        f.limit(), f.communityId(), f.communityName(), f.postId(), f.parentId(), f.savedOnly(), f.likedOnly(),
        f.dislikedOnly(), null, null));
    Api.json(res, new GetCommentsResponse(list.stream().map(CommentView::of).toList()));
  }

  private void delete(ServerRequest req, ServerResponse res) {
    var user = auth.requireUser(req);
    var f = Api.body(req, CommentIdForm.class);
    int id = Api.required(f.commentId(), "comment_id");
    comments.delete(user, id, Api.required(f.deleted(), "deleted"));
    respond(res, id, user, List.of());
  }

  private void remove(ServerRequest req, ServerResponse res) {
    var user = auth.requireUser(req);
    var f = Api.body(req, CommentIdForm.class);
    int id = Api.required(f.commentId(), "comment_id");
    comments.remove(user, id, Api.required(f.removed(), "removed"));
    respond(res, id, user, List.of());
  }

  private void like(ServerRequest req, ServerResponse res) {
    var user = auth.requireUser(req);
    var f = Api.body(req, CommentIdForm.class);
    int id = Api.required(f.commentId(), "comment_id");
    comments.vote(user, id, Api.required(f.score(), "score"));
    respond(res, id, user, List.of());
  }

  private void save(ServerRequest req, ServerResponse res) {
    var user = auth.requireUser(req);
    var f = Api.body(req, CommentIdForm.class);
    int id = Api.required(f.commentId(), "comment_id");
    comments.save(user, id, Api.required(f.save(), "save"));
    respond(res, id, user, List.of());
  }

  private void distinguish(ServerRequest req, ServerResponse res) {
    var user = auth.requireUser(req);
    var f = Api.body(req, CommentIdForm.class);
    int id = Api.required(f.commentId(), "comment_id");
    comments.distinguish(user, id, Api.required(f.distinguished(), "distinguished"));
    respond(res, id, user, List.of());
  }

  private void markAsRead(ServerRequest req, ServerResponse res) {
    var user = auth.requireUser(req);
    var f = Api.body(req, MarkReplyForm.class);
    var reply = comments.markReply(user, Api.required(f.commentReplyId(), "comment_reply_id"),
        Api.required(f.read(), "read"));
    var v = CommentView.of(listing.get(Optional.of(user), reply.commentId()));
    Api.json(res, new CommentReplyResponse(CommentReplyView.of(
        new CommentReply(reply.id(), reply.recipientId(), reply.commentId(), reply.read(), reply.published()),
        v, Person.of(user.person()))));
  }

  private void respond(ServerResponse res, int commentId, LocalUserView user, List<Integer> recipients) {
    Api.json(res, new CommentResponse(CommentView.of(listing.get(Optional.of(user), commentId)), recipients));
  }
}
