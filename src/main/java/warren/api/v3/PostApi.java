package warren.api.v3;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.List;
import java.util.Optional;
import warren.api.v3.json.CommunityModeratorView;
import warren.api.v3.json.CommunityView;
import warren.api.v3.json.PostView;
import warren.api.v3.json.SuccessResponse;
import warren.domain.accounts.LocalUserView;
import warren.domain.posts.PostForm;
import warren.domain.posts.PostListing;
import warren.domain.posts.Posts;
import warren.http.Api;
import warren.http.Auth;
import warren.http.RepeatedAnswers;

/** /api/v3/post: create, read, edit, list, vote, save, read marks, hide, delete, remove, lock, feature. */
public final class PostApi implements HttpService {
  private final Posts posts;
  private final PostListing listing;
  private final RepeatedAnswers pages = new RepeatedAnswers();
  private final Auth auth;

  public PostApi(Posts posts, PostListing listing, Auth auth) {
    this.posts = posts;
    this.listing = listing;
    this.auth = auth;
  }

  record PostResponse(PostView postView) {}

  record GetPostResponse(PostView postView, CommunityView communityView, List<CommunityModeratorView> moderators,
      List<PostView> crossPosts) {}

  record GetPostsResponse(List<PostView> posts, String nextPage) {}

  record GetForm(Integer id, Integer commentId) {}

  record ListForm(String type_, String sort, Integer page, Integer limit, Integer communityId, String communityName,
      Boolean savedOnly, Boolean likedOnly, Boolean dislikedOnly, Boolean showHidden, String pageCursor) {}

  record PostIdForm(Integer postId, Boolean deleted, Boolean removed, Boolean save, Boolean locked, Boolean featured,
      String featureType, Integer score, String reason) {}

  record PostIdsForm(List<Integer> postIds, Integer postId, Boolean read, Boolean hide) {}

  @Override
  public void routing(HttpRules rules) {
    rules.post("/post", this::create)
        .get("/post", this::get)
        .put("/post", this::edit)
        .get("/post/list", this::list)
        .post("/post/delete", this::delete)
        .post("/post/remove", this::remove)
        .post("/post/like", this::like)
        .put("/post/save", this::save)
        .post("/post/mark_as_read", this::markAsRead)
        .post("/post/hide", this::hide)
        .post("/post/lock", this::lock)
        .post("/post/feature", this::feature);
  }

  private void create(ServerRequest req, ServerResponse res) {
    var user = auth.requireUser(req);
    var f = Api.body(req, PostForm.class);
    Api.required(f.name(), "name");
    Api.required(f.communityId(), "community_id");
    respond(res, posts.create(user, f), user);
  }

  private void edit(ServerRequest req, ServerResponse res) {
    var user = auth.requireUser(req);
    var f = Api.body(req, PostForm.class);
    Api.required(f.postId(), "post_id");
    respond(res, posts.edit(user, f), user);
  }

  private void get(ServerRequest req, ServerResponse res) {
    var f = Api.query(req, GetForm.class);
    var d = listing.get(auth.user(req), f.id(), f.commentId());
    var community = d.community();
    Api.json(res, new GetPostResponse(PostView.of(d.post()), CommunityView.of(community.view()),
        community.moderators().stream().map(p -> CommunityModeratorView.of(community.view().community(), p)).toList(),
        d.crossPosts().stream().map(PostView::of).toList()));
  }

  private void list(ServerRequest req, ServerResponse res) {
    var f = Api.query(req, ListForm.class);
    var page = listing.list(auth.user(req), new PostListing.Query(f.type_(), f.sort(), f.page(), f.limit(),
        f.communityId(), f.communityName(), f.savedOnly(), f.likedOnly(), f.dislikedOnly(), f.showHidden(),
        f.pageCursor(), null, null, null));
    List<PostView> posts = page.posts().stream().map(PostView::of).toList();
    Api.json(res, pages.json(new GetPostsResponse(posts, page.nextPage()), posts, page.nextPage()));
  }

  private void delete(ServerRequest req, ServerResponse res) {
    var user = auth.requireUser(req);
    var f = Api.body(req, PostIdForm.class);
    int id = Api.required(f.postId(), "post_id");
    posts.delete(user, id, Api.required(f.deleted(), "deleted"));
    respond(res, id, user);
  }

  private void remove(ServerRequest req, ServerResponse res) {
    var user = auth.requireUser(req);
    var f = Api.body(req, PostIdForm.class);
    int id = Api.required(f.postId(), "post_id");
    posts.remove(user, id, Api.required(f.removed(), "removed"));
    respond(res, id, user);
  }

  private void like(ServerRequest req, ServerResponse res) {
    var user = auth.requireUser(req);
    var f = Api.body(req, PostIdForm.class);
    int id = Api.required(f.postId(), "post_id");
    posts.vote(user, id, Api.required(f.score(), "score"));
    respond(res, id, user);
  }

  private void save(ServerRequest req, ServerResponse res) {
    var user = auth.requireUser(req);
    var f = Api.body(req, PostIdForm.class);
    int id = Api.required(f.postId(), "post_id");
    posts.mark(user, List.of(id), "saved", Api.required(f.save(), "save"));
    respond(res, id, user);
  }

  private void markAsRead(ServerRequest req, ServerResponse res) {
    var user = auth.requireUser(req);
    var f = Api.body(req, PostIdsForm.class);
    posts.mark(user, ids(f), "read", Api.required(f.read(), "read"));
    Api.json(res, SuccessResponse.OK);
  }

  private void hide(ServerRequest req, ServerResponse res) {
    var user = auth.requireUser(req);
    var f = Api.body(req, PostIdsForm.class);
    posts.mark(user, ids(f), "hidden", Api.required(f.hide(), "hide"));
    Api.json(res, SuccessResponse.OK);
  }

  private void lock(ServerRequest req, ServerResponse res) {
    var user = auth.requireUser(req);
    var f = Api.body(req, PostIdForm.class);
    int id = Api.required(f.postId(), "post_id");
    posts.lock(user, id, Api.required(f.locked(), "locked"));
    respond(res, id, user);
  }

  private void feature(ServerRequest req, ServerResponse res) {
    var user = auth.requireUser(req);
    var f = Api.body(req, PostIdForm.class);
    int id = Api.required(f.postId(), "post_id");
    posts.feature(user, id, Api.required(f.featured(), "featured"), Api.required(f.featureType(), "feature_type"));
    respond(res, id, user);
  }

  /** Lemmy 0.19 takes {@code post_ids}; older clients send one {@code post_id}. */
  private static List<Integer> ids(PostIdsForm f) {
    if (f.postIds() != null) return f.postIds();
    return List.of(Api.required(f.postId(), "post_ids"));
  }

  private void respond(ServerResponse res, int postId, LocalUserView user) {
    Api.json(res, new PostResponse(PostView.of(listing.view(postId, Optional.of(user)))));
  }
}
