package warren.api.v3.json;

/** lemmy-js-client {@code PostView}; {@code image_details} is left out until images are stored. */
public record PostView(Post post, Person creator, Community community, boolean creatorBannedFromCommunity,
    boolean bannedFromCommunity, boolean creatorIsModerator, boolean creatorIsAdmin, PostAggregates counts,
    String subscribed, boolean saved, boolean read, boolean hidden, boolean creatorBlocked, Integer myVote,
    long unreadComments) implements warren.http.RepeatedJson {

  /** The same store view gives the same instance (see {@code store.post.PostViews}), whose JSON is then reused. */
  private static final warren.support.cache.IdentityMemo<warren.store.post.PostView, PostView> SAME =
      new warren.support.cache.IdentityMemo<>(8192, PostView::make);

  public static PostView of(warren.store.post.PostView v) {
    return SAME.apply(v);
  }

  private static PostView make(warren.store.post.PostView v) {
    return new PostView(Post.of(v.post()), Person.of(v.creator()), Community.of(v.community()),
        v.creatorBannedFromCommunity(), v.bannedFromCommunity(), v.creatorIsModerator(), v.creatorIsAdmin(),
        PostAggregates.of(v.post()), v.subscribed(), v.saved(), v.read(), v.hidden(), v.creatorBlocked(),
        v.myVote(), v.unreadComments());
  }
}
