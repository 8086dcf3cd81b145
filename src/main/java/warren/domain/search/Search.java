package warren.domain.search;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import warren.domain.DomainException;
import warren.domain.ErrorType;
import warren.domain.Paging;
import warren.domain.Tx;
import warren.domain.accounts.LocalUserView;
import warren.domain.comments.CommentListing;
import warren.domain.communities.Communities;
import warren.domain.posts.PostListing;
import warren.domain.site.Enums;
import warren.store.Stores;
import warren.store.comment.CommentView;
import warren.store.community.CommunityView;
import warren.store.person.Person;
import warren.store.post.PostView;

/**
 * GET /search. Posts and comments match by full-text search over their words (PostgreSQL's
 * websearch syntax: quotes, OR, -excluded); communities and people by name, through trigram indexes.
 */
public final class Search {
  private final Tx tx;
  private final Stores stores;
  private final PostListing posts;
  private final CommentListing comments;
  private final Communities communities;

  public Search(Tx tx, Stores stores, PostListing posts, CommentListing comments, Communities communities) {
    this.tx = tx;
    this.stores = stores;
    this.posts = posts;
    this.comments = comments;
    this.communities = communities;
  }

  public record Query(String q, Integer communityId, String communityName, Integer creatorId, String type,
      String sort, String listingType, Integer page, Integer limit) {}

  public record Result(String type, List<CommentView> comments, List<PostView> posts,
      List<CommunityView> communities, List<Person> users) {}

  public Result search(Optional<LocalUserView> viewer, Query q) {
    if (q.q() == null || q.q().isBlank()) throw new DomainException(ErrorType.INVALID_BODY, "missing field `q`");
    String type = Enums.check(q.type(), Enums.SEARCH_TYPES, "type_");
    type = type == null ? "All" : type;
    String text = q.q().trim();
    Paging paging = Paging.of(q.page(), q.limit());
    int page = paging.page();
    int limit = paging.limit();
    String listing = q.listingType() == null ? "All" : q.listingType();
    String sort = q.sort() == null ? "TopAll" : q.sort();
    boolean scoped = q.communityId() != null || q.communityName() != null || q.creatorId() != null;

    List<PostView> foundPosts = List.of();
    List<CommentView> foundComments = List.of();
    List<CommunityView> foundCommunities = List.of();
    List<Person> foundUsers = List.of();
    if (type.equals("All") || type.equals("Posts") || type.equals("Url")) {
      boolean byUrl = type.equals("Url");
      foundPosts = posts.list(viewer, new PostListing.Query(listing, sort, page, limit, q.communityId(),
          q.communityName(), null, null, null, null, null, q.creatorId(), byUrl ? null : text, byUrl ? text : null))
          .posts();
    }
    if (type.equals("All") || type.equals("Comments")) {
      foundComments = comments.list(viewer, new CommentListing.Query(listing, CommentListing.sortFor(sort), null, page, limit,
          q.communityId(), q.communityName(), null, null, null, null, null, q.creatorId(), text));
    }
    if (type.equals("Communities") || (type.equals("All") && !scoped)) {
      foundCommunities = communities.list(viewer, listing, sort, false, page, limit, text);
    }
    if (type.equals("Users") || (type.equals("All") && !scoped)) {
      String pattern = "%" + Communities.likeEscape(text.toLowerCase(Locale.ROOT)) + "%";
      foundUsers = tx.read(h -> stores.persons().search(h, pattern, limit, paging.offset()));
    }
    return new Result(type, foundComments, foundPosts, foundCommunities, foundUsers);
  }
}
