package warren.store.community;

import java.time.Instant;

/** A row of {@code community}, with its counters. */
public record Community(
    int id, String name, String title, String description, boolean removed, Instant published, Instant updated,
    boolean deleted, boolean nsfw, String actorId, boolean local, String privateKey, String publicKey,
    Instant lastRefreshedAt, String icon, String banner, String followersUrl, String inboxUrl,
    String sharedInboxUrl, String moderatorsUrl, String featuredUrl, boolean hidden,
    boolean postingRestrictedToMods, int instanceId, String visibility, long subscribers,
    long subscribersLocal, long posts, long comments, long usersActiveDay, long usersActiveWeek,
    long usersActiveMonth, long usersActiveHalfYear, double hotRank) {}
