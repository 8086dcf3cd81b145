package warren.store.person;

import java.time.Instant;

/** A row of {@code person}: a local or remote account's public side, with its counters. */
public record Person(
    int id,
    String name,
    String displayName,
    String avatar,
    boolean banned,
    Instant published,
    Instant updated,
    String actorId,
    String bio,
    boolean local,
    String privateKey,
    String publicKey,
    Instant lastRefreshedAt,
    String banner,
    boolean deleted,
    String inboxUrl,
    String sharedInboxUrl,
    String matrixUserId,
    boolean botAccount,
    Instant banExpires,
    int instanceId,
    long postCount,
    long postScore,
    long commentCount,
    long commentScore) {}
