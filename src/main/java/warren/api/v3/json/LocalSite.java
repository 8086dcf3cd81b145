package warren.api.v3.json;

import java.time.Instant;

/** lemmy-js-client {@code LocalSite}. */
public record LocalSite(
    int id, int siteId, boolean siteSetup, boolean enableDownvotes, boolean enableNsfw,
    boolean communityCreationAdminOnly, boolean requireEmailVerification, String applicationQuestion,
    boolean privateInstance, String defaultTheme, String defaultPostListingType, String legalInformation,
    boolean hideModlogModNames, boolean applicationEmailAdmins, String slurFilterRegex,
    int actorNameMaxLength, boolean federationEnabled, boolean captchaEnabled, String captchaDifficulty,
    Instant published, Instant updated, String registrationMode, boolean reportsEmailAdmins,
    boolean federationSignedFetch, String defaultPostListingMode, String defaultSortType) {

  public static LocalSite of(warren.store.site.LocalSite l) {
    return new LocalSite(l.id(), l.siteId(), l.siteSetup(), l.enableDownvotes(), l.enableNsfw(),
        l.communityCreationAdminOnly(), l.requireEmailVerification(), l.applicationQuestion(),
        l.privateInstance(), l.defaultTheme(), l.defaultPostListingType(), l.legalInformation(),
        l.hideModlogModNames(), l.applicationEmailAdmins(), l.slurFilterRegex(), l.actorNameMaxLength(),
        l.federationEnabled(), l.captchaEnabled(), l.captchaDifficulty(), l.published(), l.updated(),
        l.registrationMode(), l.reportsEmailAdmins(), l.federationSignedFetch(), l.defaultPostListingMode(),
        l.defaultSortType());
  }
}
