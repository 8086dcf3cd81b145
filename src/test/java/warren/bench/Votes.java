package warren.bench;

import java.util.SplittableRandom;

/**
 * How many votes each post and comment gets. As in Lemmy, every author first upvotes their own
 * post or comment (when the budget allows one for every item); the rest goes by appeal, with at
 * most one vote per person and item. The votes themselves are drawn while writing, by
 * {@link VoteRows}.
 */
final class Votes {
  final long postVotes;
  final long commentVotes;
  final boolean postSelfVotes;
  final boolean commentSelfVotes;
  /** Votes on each post besides its author's. */
  final int[] perPost;
  /** Votes on each comment besides its author's. */
  final int[] perComment;

  Votes(Sizes sizes, People people, Posts posts, Comments comments, long seed) {
    postVotes = Math.round(sizes.votes() * sizes.postVoteShare());
    commentVotes = sizes.votes() - postVotes;
    postSelfVotes = postVotes >= posts.count;
    commentSelfVotes = commentVotes >= comments.count;
    int others = people.count - 1;

    perPost = Apportion.split(postVotes - (postSelfVotes ? posts.count : 0), posts.appeal, others);

    double[] appeal = new double[comments.count];
    for (int i = 0; i < comments.count; i++) {
      SplittableRandom r = Seeds.stream(seed, Seeds.COMMENT_VOTES + 100, i);
      // Top-level comments collect most votes; a post's appeal carries over to its thread.
      appeal[i] = Seeds.pareto(r, 1.3) / comments.depth[i] * StrictMath.sqrt(posts.appeal[comments.post[i]]);
    }
    perComment = Apportion.split(commentVotes - (commentSelfVotes ? comments.count : 0), appeal, others);
  }
}
