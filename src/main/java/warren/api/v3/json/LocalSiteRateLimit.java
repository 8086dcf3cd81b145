package warren.api.v3.json;

import java.time.Instant;

/** lemmy-js-client {@code LocalSiteRateLimit}. */
public record LocalSiteRateLimit(
    int localSiteId, int message, int messagePerSecond, int post, int postPerSecond, int register,
    int registerPerSecond, int image, int imagePerSecond, int comment, int commentPerSecond, int search,
    int searchPerSecond, Instant published, Instant updated, int importUserSettings,
    int importUserSettingsPerSecond) {

  public static LocalSiteRateLimit of(warren.store.site.LocalSiteRateLimit r) {
    return new LocalSiteRateLimit(r.localSiteId(), r.message(), r.messagePerSecond(), r.post(),
        r.postPerSecond(), r.register(), r.registerPerSecond(), r.image(), r.imagePerSecond(), r.comment(),
        r.commentPerSecond(), r.search(), r.searchPerSecond(), r.published(), r.updated(),
        r.importUserSettings(), r.importUserSettingsPerSecond());
  }
}
