package warren.federation.store;

import java.time.Instant;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import warren.store.DirectQuery;

/** {@code received_activity}: the ids of activities taken in, so that each is applied once. */
public final class ReceivedActivityStore {

  /** Records an id; false when it was there already (a repeat). Run in the transaction that applies it. */
  public boolean record(Handle h, String apId) {
    return DirectQuery.update(h, "insert into received_activity (ap_id) values (:a) on conflict do nothing",
        Map.of("a", apId)) == 1;
  }

  /** Forgets ids received before {@code before}; returns how many. */
  public int prune(Handle h, Instant before) {
    return h.createUpdate("delete from received_activity where published < :b").bind("b", before).execute();
  }
}
