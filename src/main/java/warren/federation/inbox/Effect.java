package warren.federation.inbox;

import org.jdbi.v3.core.Handle;

/** What a received activity changes, applied in the one transaction that also records its id. */
@FunctionalInterface
public interface Effect {
  Effect NONE = h -> { };

  void apply(Handle h);
}
