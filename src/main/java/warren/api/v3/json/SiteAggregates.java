package warren.api.v3.json;

/** lemmy-js-client {@code SiteAggregates}. */
public record SiteAggregates(
    int siteId, long users, long posts, long comments, long communities, long usersActiveDay,
    long usersActiveWeek, long usersActiveMonth, long usersActiveHalfYear) {}
