package warren.domain.comments;

import java.util.List;
import java.util.Optional;
import warren.domain.DomainException;
import warren.domain.ErrorType;
import warren.domain.Paging;
import warren.domain.Tx;
import warren.domain.accounts.LocalUserView;
import warren.domain.communities.Communities;
import warren.domain.site.Enums;
import warren.domain.site.SiteService;
import warren.store.Stores;
import warren.store.comment.Comment;
import warren.store.comment.CommentFilter;
import warren.store.comment.CommentView;
import warren.store.comment.CommentViews;

/** Reading comments: GET /comment and GET /comment/list, as threads or flat lists. */
public final class CommentListing {
  private final Tx tx;
  private final Stores stores;
  private final SiteService site;
  private final Communities communities;

  public CommentListing(Tx tx, Stores stores, SiteService site, Communities communities) {
    this.tx = tx;
    this.stores = stores;
    this.site = site;
    this.communities = communities;
  }

  /** Lemmy's GetComments. */
  public record Query(String type, String sort, Integer maxDepth, Integer page, Integer limit, Integer communityId,
      String communityName, Integer postId, Integer parentId, Boolean savedOnly, Boolean likedOnly,
      Boolean dislikedOnly, Integer creatorId, String search) {}

  public List<CommentView> list(Optional<LocalUserView> viewer, Query q) {
    Enums.check(q.type(), Enums.LISTING_TYPES, "type_");
    Enums.check(q.sort(), Enums.COMMENT_SORT_TYPES, "sort");
    if (Boolean.TRUE.equals(q.likedOnly()) && Boolean.TRUE.equals(q.dislikedOnly())) {
      throw new DomainException(ErrorType.CONTRADICTING_FILTERS);
    }
    Paging paging = Paging.of(q.page(), q.limit());
    if (q.maxDepth() != null && q.maxDepth() < 0) throw new DomainException(ErrorType.INVALID_BODY, "max_depth >= 0");
    return tx.read(h -> {
      var ls = site.local().localSite();
      Integer communityId = q.communityId();
      if (communityId == null && q.communityName() != null) {
        communityId = communities.byName(h, q.communityName())
            .orElseThrow(() -> new DomainException(ErrorType.COULDNT_FIND_COMMUNITY)).id();
      }
      String parentPath = null;
      if (q.parentId() != null) {
        parentPath = stores.comments().read(h, q.parentId())
            .orElseThrow(() -> new DomainException(ErrorType.COULDNT_FIND_COMMENT)).path();
      }
      Integer me = viewer.map(v -> v.person().id()).orElse(null);
      boolean thread = q.postId() != null || parentPath != null;
      String type = q.type() != null ? q.type()
          : thread || communityId != null ? "All"
          : viewer.map(v -> v.localUser().defaultListingType()).orElse(ls.defaultPostListingType());
      List<Integer> restrictTo = switch (type) {
        case "Subscribed" -> me == null ? List.of() : stores.communities().followedIds(h, me);
        case "ModeratorView" -> me == null ? List.of() : stores.communities().moderatedIds(h, me);
        default -> null;
      };
      List<Integer> languages = null;
      if (viewer.isPresent() && !"ModeratorView".equals(type)) {
        List<Integer> mine = viewer.get().languageIds();
        if (mine.size() < stores.languages().all(h).size()) languages = mine;
      }
      var filter = new CommentFilter(me, q.postId(), parentPath, communityId, restrictTo, "Local".equals(type),
          q.creatorId(), Boolean.TRUE.equals(q.savedOnly()), Boolean.TRUE.equals(q.likedOnly()),
          Boolean.TRUE.equals(q.dislikedOnly()), viewer.map(v -> v.localUser().showBotAccounts()).orElse(true),
          languages, viewer.isEmpty(), q.maxDepth(), q.search());
      boolean tree = q.maxDepth() != null;
      var comments = stores.commentViews().list(h, filter, q.sort(), tree ? CommentViews.TREE_LIMIT : paging.limit(),
          tree ? 0 : paging.offset());
      boolean admin = viewer.map(LocalUserView::isAdmin).orElse(false);
      return comments.stream().map(c -> hideIfGone(c, me, admin)).toList();
    });
  }

  /** Lemmy maps a post sort onto the nearest comment sort (profiles, search). */
  public static String sortFor(String postSort) {
    return switch (postSort) {
      case "New", "NewComments", "MostComments" -> "New";
      case "Old" -> "Old";
      case "Controversial" -> "Controversial";
      case "Active", "Hot", "Scaled" -> "Hot";
      default -> "Top";
    };
  }

  public CommentView get(Optional<LocalUserView> viewer, int commentId) {
    Integer me = viewer.map(v -> v.person().id()).orElse(null);
    CommentView v = tx.read(h -> stores.commentViews().read(h, commentId, me))
        .orElseThrow(() -> new DomainException(ErrorType.COULDNT_FIND_COMMENT));
    if ("LocalOnly".equals(v.community().visibility()) && viewer.isEmpty()) {
      throw new DomainException(ErrorType.COULDNT_FIND_COMMENT);
    }
    return hideIfGone(v, me, viewer.map(LocalUserView::isAdmin).orElse(false));
  }

  /** Deleted and removed comments keep their place in a thread but not their words, except for their author. */
  private static CommentView hideIfGone(CommentView v, Integer me, boolean admin) {
    Comment c = v.comment();
    if (!(c.deleted() || c.removed()) || admin || (me != null && c.creatorId() == me)) return v;
    Comment blank = new Comment(c.id(), c.creatorId(), c.postId(), "", c.removed(), c.published(), c.updated(),
        c.deleted(), c.apId(), c.local(), c.path(), c.distinguished(), c.languageId(), c.score(), c.upvotes(),
        c.downvotes(), c.childCount(), c.hotRank(), c.controversyRank());
    return new CommentView(blank, v.creator(), v.post(), v.community(), v.creatorBannedFromCommunity(),
        v.bannedFromCommunity(), v.creatorIsModerator(), v.creatorIsAdmin(), v.subscribed(), v.saved(),
        v.creatorBlocked(), v.myVote());
  }
}
