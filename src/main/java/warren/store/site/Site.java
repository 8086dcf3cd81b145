package warren.store.site;

import java.time.Instant;

/** A row of {@code site}: the local site and, later, known remote ones. Nullable fields are absent values. */
public record Site(
    int id,
    String name,
    String sidebar,
    Instant published,
    Instant updated,
    String icon,
    String banner,
    String description,
    String actorId,
    Instant lastRefreshedAt,
    String inboxUrl,
    String privateKey,
    String publicKey,
    int instanceId,
    String contentWarning) {}
