package warren.api.v3.json;

import java.time.Instant;

/** lemmy-js-client {@code Site}. */
public record Site(
    int id, String name, String sidebar, Instant published, Instant updated, String icon, String banner,
    String description, String actorId, Instant lastRefreshedAt, String inboxUrl, String publicKey,
    int instanceId, String contentWarning) {

  public static Site of(warren.store.site.Site s) {
    return new Site(s.id(), s.name(), s.sidebar(), s.published(), s.updated(), s.icon(), s.banner(),
        s.description(), s.actorId(), s.lastRefreshedAt(), s.inboxUrl(), s.publicKey(), s.instanceId(),
        s.contentWarning());
  }
}
