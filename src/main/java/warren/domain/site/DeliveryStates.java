package warren.domain.site;

import java.time.Instant;
import java.util.Map;

/**
 * How delivery to each other site goes, as the outbox keeps it: the seam through which
 * {@code GET /federated_instances} shows Lemmy's {@code federation_state}. Keyed by domain
 * (lower case, without port), as the instance table names sites.
 */
@FunctionalInterface
public interface DeliveryStates {
  /**
   * @param lastSuccessfulId            the outbox's id of the last activity delivered, if it counts so
   * @param lastSuccessfulPublishedTime when that activity was made
   * @param failCount                   failed attempts since the last success
   * @param lastRetry                   the last failed attempt
   * @param nextRetry                   no attempt before this
   */
  record State(Long lastSuccessfulId, Instant lastSuccessfulPublishedTime, int failCount, Instant lastRetry,
      Instant nextRetry) {}

  Map<String, State> byDomain();

  /** No outbox wired: no state to show. */
  DeliveryStates NONE = Map::of;
}
