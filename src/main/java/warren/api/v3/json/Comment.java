package warren.api.v3.json;

import java.time.Instant;

/** lemmy-js-client {@code Comment}. */
public record Comment(int id, int creatorId, int postId, String content, boolean removed, Instant published,
    Instant updated, boolean deleted, String apId, boolean local, String path, boolean distinguished,
    int languageId) {

  public static Comment of(warren.store.comment.Comment c) {
    return new Comment(c.id(), c.creatorId(), c.postId(), c.content(), c.removed(), c.published(), c.updated(),
        c.deleted(), c.apId(), c.local(), c.path(), c.distinguished(), c.languageId());
  }
}
