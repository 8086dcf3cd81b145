package warren.store.site;

import java.time.Instant;

/** The single row of {@code local_site}: this site's settings and its counters. */
public record LocalSite(
    int id,
    int siteId,
    boolean siteSetup,
    boolean enableDownvotes,
    boolean enableNsfw,
    boolean communityCreationAdminOnly,
    boolean requireEmailVerification,
    String applicationQuestion,
    boolean privateInstance,
    String defaultTheme,
    String defaultPostListingType,
    String legalInformation,
    boolean hideModlogModNames,
    boolean applicationEmailAdmins,
    String slurFilterRegex,
    int actorNameMaxLength,
    boolean federationEnabled,
    boolean captchaEnabled,
    String captchaDifficulty,
    Instant published,
    Instant updated,
    String registrationMode,
    boolean reportsEmailAdmins,
    boolean federationSignedFetch,
    String defaultPostListingMode,
    String defaultSortType,
    long users,
    long posts,
    long comments,
    long communities) {}
