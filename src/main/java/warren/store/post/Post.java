package warren.store.post;

import java.time.Instant;

/** A row of {@code post}, with its counters and ranks (the search vector is left out). */
public record Post(
    int id, String name, String url, String body, int creatorId, int communityId, boolean removed, boolean locked,
    Instant published, Instant updated, boolean deleted, boolean nsfw, String embedTitle, String embedDescription,
    String thumbnailUrl, String apId, boolean local, String embedVideoUrl, int languageId,
    boolean featuredCommunity, boolean featuredLocal, String urlContentType, String altText, long comments,
    long score, long upvotes, long downvotes, Instant newestCommentTime, Instant newestCommentTimeNecro,
    double hotRank, double hotRankActive, double controversyRank, double scaledRank) {}
