package warren.api.v3.json;

import java.time.Instant;

/** lemmy-js-client {@code CommentAggregates}. */
public record CommentAggregates(int commentId, long score, long upvotes, long downvotes, Instant published,
    int childCount) {

  public static CommentAggregates of(warren.store.comment.Comment c) {
    return new CommentAggregates(c.id(), c.score(), c.upvotes(), c.downvotes(), c.published(), c.childCount());
  }
}
