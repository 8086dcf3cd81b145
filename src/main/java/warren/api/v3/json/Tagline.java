package warren.api.v3.json;

import java.time.Instant;

/** lemmy-js-client {@code Tagline}. */
public record Tagline(int id, int localSiteId, String content, Instant published, Instant updated) {
  public static Tagline of(warren.store.site.Tagline t) {
    return new Tagline(t.id(), t.localSiteId(), t.content(), t.published(), t.updated());
  }
}
