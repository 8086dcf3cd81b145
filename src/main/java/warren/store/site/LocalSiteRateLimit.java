package warren.store.site;

import java.time.Instant;

/** The rate-limit buckets of the site: for each action, how many requests per how many seconds. */
public record LocalSiteRateLimit(
    int localSiteId,
    int message,
    int messagePerSecond,
    int post,
    int postPerSecond,
    int register,
    int registerPerSecond,
    int image,
    int imagePerSecond,
    int comment,
    int commentPerSecond,
    int search,
    int searchPerSecond,
    int importUserSettings,
    int importUserSettingsPerSecond,
    Instant published,
    Instant updated) {}
