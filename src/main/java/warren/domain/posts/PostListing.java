package warren.domain.posts;

import java.util.List;
import java.util.Optional;
import warren.domain.DomainException;
import warren.domain.ErrorType;
import warren.domain.Paging;
import warren.domain.Tx;
import warren.domain.accounts.LocalUserView;
import warren.domain.communities.Communities;
import warren.domain.communities.CommunityPermissions;
import warren.domain.site.Enums;
import warren.domain.site.SiteService;
import warren.store.Stores;
import warren.store.post.PostCursor;
import warren.store.post.PostFilter;
import warren.store.post.PostSort;
import warren.store.post.PostView;
import warren.store.post.PostViews;
import org.jdbi.v3.core.Handle;

/** Reading posts: GET /post and GET /post/list, with the viewer's preferences and blocks applied. */
public final class PostListing {
  private static final int MAX_CROSS_POSTS = 20;

  private final Tx tx;
  private final Stores stores;
  private final SiteService site;
  private final Communities communities;
  private final CommunityPermissions permissions;

  public PostListing(Tx tx, Stores stores, SiteService site, Communities communities,
      CommunityPermissions permissions) {
    this.tx = tx;
    this.stores = stores;
    this.site = site;
    this.communities = communities;
    this.permissions = permissions;
  }

  /** Lemmy's GetPosts. */
  public record Query(String type, String sort, Integer page, Integer limit, Integer communityId, String communityName,
      Boolean savedOnly, Boolean likedOnly, Boolean dislikedOnly, Boolean showHidden, String pageCursor,
      Integer creatorId, String search, String url) {

    public static Query of(String type, String sort, Integer page, Integer limit) {
      return new Query(type, sort, page, limit, null, null, null, null, null, null, null, null, null, null);
    }
  }

  public record Page(List<PostView> posts, String nextPage) {}

  public Page list(Optional<LocalUserView> viewer, Query q) {
    return tx.read(h -> {
      Plan plan = plan(h, viewer, q);
      List<PostView> posts = stores.postViews().list(h, plan.filter(), plan.sort(), plan.after(), plan.limit(),
          plan.offset());
      String next = posts.isEmpty() ? null
          : PostCursor.encode(plan.sort(), plan.filter().communityId() != null, posts.getLast().post());
      return new Page(posts, next);
    });
  }

  /** The SQL a list runs, for benchmarks that run the same statement alone in pgbench. */
  public PostViews.Prepared sql(Optional<LocalUserView> viewer, Query q) {
    return tx.read(h -> {
      Plan plan = plan(h, viewer, q);
      return stores.postViews().prepare(plan.filter(), plan.sort(), plan.after(), plan.limit(), plan.offset());
    });
  }

  private record Plan(PostFilter filter, PostSort sort, Optional<List<Object>> after, int limit, int offset) {}

  private Plan plan(Handle h, Optional<LocalUserView> viewer, Query q) {
    Enums.check(q.type(), Enums.LISTING_TYPES, "type_");
    Enums.check(q.sort(), Enums.SORT_TYPES, "sort");
    Paging paging = Paging.of(q.page(), q.limit());
    int limit = paging.limit();
    if (Boolean.TRUE.equals(q.likedOnly()) && Boolean.TRUE.equals(q.dislikedOnly())) {
      throw new DomainException(ErrorType.CONTRADICTING_FILTERS);
    }
    var ls = site.local().localSite();
    Integer communityId = q.communityId();
    if (communityId == null && q.communityName() != null) {
      communityId = communities.byName(h, q.communityName())
          .orElseThrow(() -> new DomainException(ErrorType.COULDNT_FIND_COMMUNITY)).id();
    }
    String sortName = q.sort() != null ? q.sort()
        : viewer.map(v -> v.localUser().defaultSortType()).orElse(ls.defaultSortType());
    String type = q.type() != null ? q.type()
        : communityId != null ? "All"
        : viewer.map(v -> v.localUser().defaultListingType()).orElse(ls.defaultPostListingType());
    PostSort sort = PostSort.of(sortName);
    Integer me = viewer.map(v -> v.person().id()).orElse(null);
    List<Integer> restrictTo = switch (type) {
      case "Subscribed" -> me == null ? List.of() : stores.communities().followedIds(h, me);
      case "ModeratorView" -> me == null ? List.of() : stores.communities().moderatedIds(h, me);
      default -> null;
    };
    List<Integer> languages = null;
    if (viewer.isPresent()) {
      List<Integer> mine = viewer.get().languageIds();
      if (mine.size() < stores.languages().all(h).size()) languages = mine;
    }
    var filter = new PostFilter(me, "Local".equals(type), communityId, restrictTo, q.creatorId(),
        Boolean.TRUE.equals(q.savedOnly()), Boolean.TRUE.equals(q.likedOnly()), Boolean.TRUE.equals(q.dislikedOnly()),
        Boolean.TRUE.equals(q.showHidden()),
        ls.enableNsfw() && viewer.map(v -> v.localUser().showNsfw()).orElse(false),
        viewer.map(v -> v.localUser().showReadPosts()).orElse(true),
        viewer.map(v -> v.localUser().showBotAccounts()).orElse(true),
        languages, viewer.isEmpty(), q.search(), q.url());
    if (q.pageCursor() != null && !q.pageCursor().isBlank()) {
      var after = PostCursor.decode(q.pageCursor(), sort, communityId != null)
          .orElseThrow(() -> new DomainException(ErrorType.INVALID_BODY, "page_cursor does not fit this list"));
      return new Plan(filter, sort, Optional.of(after), limit, 0);
    }
    return new Plan(filter, sort, Optional.empty(), limit, paging.offset());
  }

  /** What GetPostResponse carries. */
  public record Details(PostView post, Communities.Details community, List<PostView> crossPosts) {}

  /** GET /post by id or by one of its comments; marks the post and its comments read for the viewer. */
  public Details get(Optional<LocalUserView> viewer, Integer postId, Integer commentId) {
    if (postId == null && commentId == null) throw new DomainException(ErrorType.NO_ID_GIVEN);
    Integer me = viewer.map(v -> v.person().id()).orElse(null);
    int id = postId != null ? postId : tx.read(h -> stores.comments().postOf(h, commentId))
        .orElseThrow(() -> new DomainException(ErrorType.COULDNT_FIND_COMMENT));
    PostView view = tx.read(h -> {
      PostView v = stores.postViews().read(h, id, me)
          .orElseThrow(() -> new DomainException(ErrorType.COULDNT_FIND_POST));
      boolean modOrAdmin = viewer.isPresent() && permissions.isModOrAdmin(h, viewer.get(), v.community().id());
      boolean own = me != null && v.post().creatorId() == me;
      if ((v.post().removed() || v.post().deleted()) && !modOrAdmin && !own) {
        throw new DomainException(ErrorType.COULDNT_FIND_POST);
      }
      if ("LocalOnly".equals(v.community().visibility()) && viewer.isEmpty()) {
        throw new DomainException(ErrorType.COULDNT_FIND_POST);
      }
      return v;
    });
    if (me != null) {
      tx.run(h -> {
        stores.posts().mark(h, me, List.of(id), "read", true);
        stores.posts().markCommentsRead(h, me, id);
      });
    }
    var community = communities.details(view.community().id(), viewer);
    List<PostView> cross = view.post().url() == null ? List.of() : tx.read(h -> stores.postViews().readAll(h,
        stores.posts().crossPostIds(h, id, view.post().url(), MAX_CROSS_POSTS), me));
    return new Details(view, community, cross);
  }

  public PostView view(int postId, Optional<LocalUserView> viewer) {
    return tx.read(h -> stores.postViews().read(h, postId, viewer.map(v -> v.person().id()).orElse(null)))
        .orElseThrow(() -> new DomainException(ErrorType.COULDNT_FIND_POST));
  }
}
