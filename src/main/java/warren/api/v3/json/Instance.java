package warren.api.v3.json;

import java.time.Instant;

/** lemmy-js-client {@code Instance}. */
public record Instance(int id, String domain, Instant published, Instant updated, String software, String version) {
  public static Instance of(warren.store.site.Instance i) {
    return new Instance(i.id(), i.domain(), i.published(), i.updated(), i.software(), i.version());
  }
}
