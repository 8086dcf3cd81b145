package warren.api.v3.json;

import java.time.Instant;

/** lemmy-js-client {@code CommentReply}: a reply that notifies its recipient. */
public record CommentReply(int id, int recipientId, int commentId, boolean read, Instant published) {}
