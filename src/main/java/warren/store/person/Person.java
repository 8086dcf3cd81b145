package warren.store.person;

import java.time.Instant;
import java.util.List;

/**
 * A row of {@code person}: a local or remote account's public side, with its counters.
 * {@code pronouns} holds the person's own choice (none is an empty list); API v3 shows them
 * inside the display name (see {@link warren.domain.pronouns.PronounSuffix}).
 */
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
    long commentScore,
    List<String> pronouns) {}
