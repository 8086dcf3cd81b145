package warren.api.v3.json;

import java.time.Instant;

/** lemmy-js-client {@code PostAggregates}. */
public record PostAggregates(int postId, long comments, long score, long upvotes, long downvotes, Instant published,
    Instant newestCommentTime) {

  public static PostAggregates of(warren.store.post.Post p) {
    return new PostAggregates(p.id(), p.comments(), p.score(), p.upvotes(), p.downvotes(), p.published(),
        p.newestCommentTime());
  }
}
