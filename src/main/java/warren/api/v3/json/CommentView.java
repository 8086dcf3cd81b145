package warren.api.v3.json;

/** lemmy-js-client {@code CommentView}. */
public record CommentView(Comment comment, Person creator, Post post, Community community, CommentAggregates counts,
    boolean creatorBannedFromCommunity, boolean bannedFromCommunity, boolean creatorIsModerator,
    boolean creatorIsAdmin, String subscribed, boolean saved, boolean creatorBlocked, Integer myVote) {

  public static CommentView of(warren.store.comment.CommentView v) {
    return new CommentView(Comment.of(v.comment()), Person.of(v.creator()), Post.of(v.post()),
        Community.of(v.community()), CommentAggregates.of(v.comment()), v.creatorBannedFromCommunity(),
        v.bannedFromCommunity(), v.creatorIsModerator(), v.creatorIsAdmin(), v.subscribed(), v.saved(),
        v.creatorBlocked(), v.myVote());
  }
}
