package warren.federation.outbox;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jdbi.v3.core.Jdbi;

/**
 * The private keys of local actors (person, community, site), parsed once and kept for a few
 * minutes: a post to a thousand sites signs a thousand times with the same key.
 */
final class SigningKeys {
  private static final Duration KEEP = Duration.ofMinutes(10);
  private static final int MAX_KEYS = 10_000;

  private record Cached(Optional<PrivateKey> key, long loadedAt) {}

  private final Jdbi jdbi;
  private final ConcurrentHashMap<String, Cached> cache = new ConcurrentHashMap<>();

  SigningKeys(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /** The key of the local actor with this ap id, or empty when there is no such local actor. */
  Optional<PrivateKey> forActor(String actorApId) {
    long now = System.nanoTime();
    Cached hit = cache.get(actorApId);
    if (hit != null && now - hit.loadedAt() < KEEP.toNanos()) return hit.key();
    if (cache.size() >= MAX_KEYS) cache.clear();
    // One load per actor even when many deliveries ask at once.
    return cache.compute(actorApId, (id, old) ->
        old != null && now - old.loadedAt() < KEEP.toNanos() ? old : new Cached(load(id), System.nanoTime())).key();
  }

  private Optional<PrivateKey> load(String actorApId) {
    Optional<String> pem = jdbi.withHandle(h -> h.createQuery("""
            select private_key from person where lower(actor_id) = lower(:id) and private_key is not null
            union all
            select private_key from community where lower(actor_id) = lower(:id) and private_key is not null
            union all
            select private_key from site where actor_id = :id and private_key is not null
            limit 1""")
        .bind("id", actorApId).mapTo(String.class).findOne());
    return pem.map(SigningKeys::parsePkcs8);
  }

  static PrivateKey parsePkcs8(String pem) {
    String base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
    try {
      return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new IllegalStateException("unreadable private key", e);
    }
  }
}
