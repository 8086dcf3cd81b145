package warren.store.comment;

import java.time.Instant;

/** A row of {@code comment}; {@code path} is the ltree {@code 0.<ancestors>.<id>} as text. */
public record Comment(
    int id, int creatorId, int postId, String content, boolean removed, Instant published, Instant updated,
    boolean deleted, String apId, boolean local, String path, boolean distinguished, int languageId, long score,
    long upvotes, long downvotes, int childCount, double hotRank, double controversyRank) {}
