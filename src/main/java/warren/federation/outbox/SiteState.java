package warren.federation.outbox;

import java.time.Instant;
import java.util.Optional;

/**
 * What the outbox knows of one destination site, for {@code GET /api/v3/federated_instances}
 * (Lemmy's {@code federation_state}) and for admins.
 *
 * @param origin        scheme, host and port, as deliveries reach it
 * @param domain        the host without port, as the instance table names it
 * @param failCount     failed attempts since the last success; 0 when healthy
 * @param failingSince  the first failure after the last success
 * @param retryAt       no attempt before this while failing
 * @param lastSuccess   the last answer (refreshed at most about once a second)
 * @param lastFailure   the last failed attempt
 * @param lastError     why it failed
 * @param deadSince     when it was declared dead; nothing is queued for it until it answers again
 */
public record SiteState(String origin, String domain, int failCount, Optional<Instant> failingSince,
    Optional<Instant> retryAt, Optional<Instant> lastSuccess, Optional<Instant> lastFailure,
    Optional<String> lastError, Optional<Instant> deadSince) {

  public boolean dead() {
    return deadSince.isPresent();
  }
}
