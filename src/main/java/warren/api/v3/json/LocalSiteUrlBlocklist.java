package warren.api.v3.json;

import java.time.Instant;

/** lemmy-js-client {@code LocalSiteUrlBlocklist}. */
public record LocalSiteUrlBlocklist(int id, String url, Instant published, Instant updated) {
  public static LocalSiteUrlBlocklist of(warren.store.site.BlockedUrl b) {
    return new LocalSiteUrlBlocklist(b.id(), b.url(), b.published(), b.updated());
  }
}
