package warren.federation.store;

import java.time.Instant;
import org.jdbi.v3.core.Handle;

/** {@code received_activity}: the ids of activities taken in, so that each is applied once. */
public final class ReceivedActivityStore {

  /** Records an id; false when it was there already (a repeat). Run in the transaction that applies it. */
  public boolean record(Handle h, String apId) {
    return h.createUpdate("insert into received_activity (ap_id) values (:a) on conflict do nothing")
        .bind("a", apId).execute() == 1;
  }

  public boolean seen(Handle h, String apId) {
    return h.createQuery("select exists (select 1 from received_activity where ap_id = :a)")
        .bind("a", apId).mapTo(Boolean.class).one();
  }

  /** Forgets ids received before {@code before}; returns how many. */
  public int prune(Handle h, Instant before) {
    return h.createUpdate("delete from received_activity where published < :b").bind("b", before).execute();
  }
}
