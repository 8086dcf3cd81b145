package warren.federation.objects;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import warren.domain.DomainException;
import warren.domain.ErrorType;

/**
 * Lemmy's rule for remote actors (people, communities): the stored copy serves while younger
 * than {@link #STALE_AFTER}; an older one is fetched again, and kept as it is when the fetch
 * fails, unless its server answers that it is gone (410), which marks it deleted. An unknown
 * actor is fetched, unless its id is local.
 */
final class ActorRefresh {
  static final Duration STALE_AFTER = Duration.ofHours(24);

  private ActorRefresh() {}

  /** What the stored copy says about its freshness. */
  record Stored<T>(T row, boolean local, Instant refreshedAt) {}

  static <T> T resolve(String actorId, Optional<Stored<T>> stored, boolean localId, Clock clock, Supplier<T> fetch,
      Runnable markGone, ErrorType notFound) {
    if (stored.isEmpty()) {
      if (localId) throw new DomainException(notFound, actorId);
      return fetch.get();
    }
    Stored<T> s = stored.get();
    if (s.local() || s.refreshedAt().plus(STALE_AFTER).isAfter(clock.instant())) return s.row();
    try {
      return fetch.get();
    } catch (ObjectFetcher.Gone e) {
      markGone.run();
      throw new DomainException(notFound, actorId + " is gone");
    } catch (DomainException e) {
      return s.row();
    }
  }
}
