package warren.api.v3.json;

/** lemmy-js-client {@code CommentReplyView}: a comment view, seen as a reply to {@code recipient}. */
public record CommentReplyView(CommentReply commentReply, Comment comment, Person creator, Post post,
    Community community, Person recipient, CommentAggregates counts, boolean creatorBannedFromCommunity,
    boolean bannedFromCommunity, boolean creatorIsModerator, boolean creatorIsAdmin, String subscribed,
    boolean saved, boolean creatorBlocked, Integer myVote) {

  public static CommentReplyView of(CommentReply reply, CommentView v, Person recipient) {
    return new CommentReplyView(reply, v.comment(), v.creator(), v.post(), v.community(), recipient, v.counts(),
        v.creatorBannedFromCommunity(), v.bannedFromCommunity(), v.creatorIsModerator(), v.creatorIsAdmin(),
        v.subscribed(), v.saved(), v.creatorBlocked(), v.myVote());
  }
}
