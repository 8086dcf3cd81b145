package warren.web;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.List;
import java.util.Optional;
import warren.domain.DomainException;
import warren.domain.ErrorType;
import warren.domain.accounts.LocalUserView;
import warren.domain.comments.CommentListing;
import warren.domain.communities.Communities;
import warren.domain.posts.PostListing;
import warren.store.comment.CommentView;

/** A post with its comments ({@code /post/{id}}), and one thread of it ({@code /comment/{id}}). */
public final class ThreadPages {
  /** How deep a page loads a thread; deeper replies get a "continue this thread" link. */
  static final int DEPTH = 6;

  private final Pages pages;
  private final PostListing posts;
  private final CommentListing comments;

  ThreadPages(Pages pages, PostListing posts, CommentListing comments) {
    this.pages = pages;
    this.posts = posts;
    this.comments = comments;
  }

  /** What the comment templates need to know about the thread they are in. */
  public record ThreadView(int postId, boolean locked, boolean moderator) {
    /** Whether the viewer may write in this thread. */
    public boolean canReply(Chrome c) {
      return c.signedIn() && (!locked || moderator);
    }
  }

  /** The post page; {@code focus} is the comment a {@code /comment/{id}} page shows the thread of. */
  public record PostPage(PostListing.Details details, List<CommentTree.Node> comments, String sort, ThreadView thread,
      CommentView focus) {}

  void routes(HttpRules rules) {
    rules.get("/post/{id}", pages.page(this::post))
        .get("/comment/{id}", pages.page(this::comment));
  }

  private void post(ServerRequest req, ServerResponse res) {
    Optional<LocalUserView> me = pages.auth().user(req);
    int id = pathId(req);
    var details = posts.get(me, id, null);
    String sort = req.query().first("sort").orElse("Hot");
    var list = comments.list(me, new CommentListing.Query(null, sort, DEPTH, null, null, null, null, id, null, null,
        null, null, null, null));
    show(req, res, details, CommentTree.build(list, 0), sort, null);
  }

  private void comment(ServerRequest req, ServerResponse res) {
    Optional<LocalUserView> me = pages.auth().user(req);
    var focus = comments.get(me, pathId(req));
    var details = posts.get(me, focus.comment().postId(), null);
    String sort = req.query().first("sort").orElse("Hot");
    var list = comments.list(me, new CommentListing.Query(null, sort, DEPTH, null, null, null, null, null,
        focus.comment().id(), null, null, null, null, null));
    show(req, res, details, CommentTree.build(list, CommentTree.parentId(focus.comment().path())), sort, focus);
  }

  private void show(ServerRequest req, ServerResponse res, PostListing.Details details, List<CommentTree.Node> tree,
      String sort, CommentView focus) {
    Chrome c = pages.chrome(req, res);
    c.content().prefetchComments(CommentTree.comments(tree));
    var model = new PostPage(details, tree, sort, threadView(c, details.community(), details.post().post().id(),
        details.post().post().locked()), focus);
    pages.render(res, "page/post.jte", Pages.params(c, "page", model));
  }

  static ThreadView threadView(Chrome c, Communities.Details community, int postId, boolean locked) {
    boolean moderator = c.signedIn()
        && (c.admin() || community.moderators().stream().anyMatch(m -> c.isMe(m.id())));
    return new ThreadView(postId, locked, moderator);
  }

  static int pathId(ServerRequest req) {
    try {
      return Integer.parseInt(req.path().pathParameters().get("id"));
    } catch (NumberFormatException e) {
      throw new DomainException(ErrorType.COULDNT_FIND_POST);
    }
  }
}
