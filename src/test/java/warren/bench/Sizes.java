package warren.bench;

/**
 * How much to generate. {@link #S_TIER} is the benchmark's "S tier"; {@link #scaled} shrinks or
 * grows every count together, keeping the smallest shapes that still make sense.
 *
 * @param users            local accounts, including {@code bench_user} and {@code bench_admin}
 * @param communities      local communities
 * @param posts            posts, spread over {@code days} before "now"
 * @param comments         comments in all, including those of the big post
 * @param bigPostComments  comments on the one big post, as one tree
 * @param votes            post and comment votes in all, at most one per person and item
 * @param postVoteShare    the part of the votes that go to posts; the rest go to comments
 * @param days             how far back posts go
 * @param firstUserFollows communities that {@code bench_user} follows
 * @param maxDepth         the deepest comment level (1 = a top-level comment)
 */
record Sizes(int users, int communities, int posts, int comments, int bigPostComments, long votes,
    double postVoteShare, int days, int firstUserFollows, int maxDepth) {

  static final Sizes S_TIER = new Sizes(1_000, 200, 100_000, 1_000_000, 2_000, 5_000_000, 0.35, 30, 50, 15);

  Sizes {
    if (users < 3) throw new IllegalArgumentException("users must be at least 3");
    if (communities < 1 || posts < 1) throw new IllegalArgumentException("communities and posts must be at least 1");
    if (bigPostComments > comments) throw new IllegalArgumentException("big-post-comments exceeds comments");
    if (comments > (1 << 22)) throw new IllegalArgumentException("at most " + (1 << 22) + " comments");
    if (days < 1) throw new IllegalArgumentException("days must be at least 1");
    firstUserFollows = Math.min(firstUserFollows, communities);
    long postVotes = Math.round(votes * postVoteShare);
    if (postVotes > (long) users * posts || votes - postVotes > (long) users * comments) {
      throw new IllegalArgumentException("too many votes: one per person and item at most");
    }
  }

  /**
   * People and communities grow with the square root of the factor, items linearly: a small
   * site has fewer posts per person, not a handful of people voting on everything.
   */
  Sizes scaled(double factor) {
    int users = Math.max(10, (int) Math.round(this.users * Math.sqrt(factor)));
    int communities = Math.max(5, (int) Math.round(this.communities * Math.sqrt(factor)));
    int posts = Math.max(20, (int) Math.round(this.posts * factor));
    int comments = Math.max(100, (int) Math.round(this.comments * factor));
    int big = Math.min(comments / 2, Math.max(20, (int) Math.round(bigPostComments * factor)));
    long votes = Math.min((long) users * Math.min(posts, comments) / 2, Math.max(200, Math.round(this.votes * factor)));
    return new Sizes(users, communities, posts, comments, big, votes, postVoteShare, days, firstUserFollows, maxDepth);
  }
}
