package warren.federation.outgoing;

import java.util.HashMap;
import java.util.Map;
import warren.domain.Tx;
import warren.domain.site.DeliveryStates;
import warren.federation.outbox.Outbox;
import warren.federation.outbox.SiteState;

/**
 * Lemmy's {@code federation_state} from the outbox's per-site record. The outbox keeps no
 * per-site cursor (it has one row per delivery), so {@code last_successful_id} stays empty and
 * the time of the last answer stands for {@code last_successful_published_time}.
 */
final class OutboxDeliveryStates implements DeliveryStates {
  private final Tx tx;
  private final Outbox outbox;

  OutboxDeliveryStates(Tx tx, Outbox outbox) {
    this.tx = tx;
    this.outbox = outbox;
  }

  @Override
  public Map<String, State> byDomain() {
    Map<String, State> states = new HashMap<>();
    for (SiteState s : tx.read(outbox::sites)) {
      State state = new State(null, s.lastSuccess().orElse(null), s.failCount(), s.lastFailure().orElse(null),
          s.retryAt().orElse(null));
      // Sites on one domain that differ by port: show the one in worse shape.
      states.merge(s.domain(), state, (a, b) -> a.failCount() >= b.failCount() ? a : b);
    }
    return states;
  }
}
