package warren.federation.httpsig;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Parsed public keys by key id, so that a busy peer's key is fetched and parsed once a day rather
 * than at every delivery. Bounded: the least recently used key goes first. Lemmy keeps a key as
 * long as the actor (refreshed after 24 h); a verifier that fails with a cached key may
 * {@link #invalidate} it and try once more, which Lemmy does not, to get over key rotations.
 */
public final class KeyCache {
  private record Cached(ResolvedKey key, Instant expires) {}

  private final int maxEntries;
  private final Duration ttl;
  private final Clock clock;
  private final Map<String, Cached> entries;

  public KeyCache(int maxEntries, Duration ttl, Clock clock) {
    this.maxEntries = maxEntries;
    this.ttl = ttl;
    this.clock = clock;
    this.entries = new LinkedHashMap<>(64, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, Cached> eldest) {
        return size() > KeyCache.this.maxEntries;
      }
    };
  }

  /** The cached key, or the one {@code loader} gives (then cached); the loader runs outside any lock. */
  public ResolvedKey get(String keyId, Function<String, ResolvedKey> loader) {
    Optional<ResolvedKey> cached = peek(keyId);
    if (cached.isPresent()) return cached.get();
    ResolvedKey loaded = loader.apply(keyId);
    if (loaded != null) put(loaded);
    return loaded;
  }

  public synchronized Optional<ResolvedKey> peek(String keyId) {
    Cached e = entries.get(keyId);
    if (e == null) return Optional.empty();
    if (clock.instant().isAfter(e.expires())) {
      entries.remove(keyId);
      return Optional.empty();
    }
    return Optional.of(e.key());
  }

  public synchronized void put(ResolvedKey key) {
    entries.put(key.keyId(), new Cached(key, clock.instant().plus(ttl)));
  }

  public synchronized void invalidate(String keyId) {
    entries.remove(keyId);
  }

  public synchronized int size() {
    return entries.size();
  }
}
