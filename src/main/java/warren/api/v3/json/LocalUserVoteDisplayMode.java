package warren.api.v3.json;

/** lemmy-js-client {@code LocalUserVoteDisplayMode}. */
public record LocalUserVoteDisplayMode(int localUserId, boolean score, boolean upvotes, boolean downvotes,
    boolean upvotePercentage) {
  public static LocalUserVoteDisplayMode of(warren.store.user.LocalUser u) {
    return new LocalUserVoteDisplayMode(u.id(), u.voteDisplayScore(), u.voteDisplayUpvotes(),
        u.voteDisplayDownvotes(), u.voteDisplayUpvotePercentage());
  }
}
