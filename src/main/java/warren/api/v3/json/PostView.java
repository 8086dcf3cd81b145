package warren.api.v3.json;

/** lemmy-js-client {@code PostView}; {@code image_details} is left out until images are stored. */
public record PostView(Post post, Person creator, Community community, boolean creatorBannedFromCommunity,
    boolean bannedFromCommunity, boolean creatorIsModerator, boolean creatorIsAdmin, PostAggregates counts,
    String subscribed, boolean saved, boolean read, boolean hidden, boolean creatorBlocked, Integer myVote,
    long unreadComments) {

  public static PostView of(warren.store.post.PostView v) {
    return new PostView(Post.of(v.post()), Person.of(v.creator()), Community.of(v.community()),
        v.creatorBannedFromCommunity(), v.bannedFromCommunity(), v.creatorIsModerator(), v.creatorIsAdmin(),
        PostAggregates.of(v.post()), v.subscribed(), v.saved(), v.read(), v.hidden(), v.creatorBlocked(),
        v.myVote(), v.unreadComments());
  }
}
