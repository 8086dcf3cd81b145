package warren.federation.outbox;

import java.util.logging.Level;
import java.util.logging.Logger;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * This node's presence in the database: one session held open for as long as the node runs,
 * named by its backend's pid and start time. Claims carry that name. When a node dies, even by
 * {@code kill -9}, the kernel closes its connections and PostgreSQL ends the session, so other
 * nodes (or this node's restart) see its claims as orphaned and take them back at once; the
 * lease only matters when the database cannot tell, such as a network partition.
 */
final class NodePresence implements AutoCloseable {
  private static final Logger LOG = Logger.getLogger(NodePresence.class.getName());
  /** A session's name: its pid, which PostgreSQL reuses, and its start time, which it does not. */
  private static final String SESSION_NAME = "a.pid || '@' || (extract(epoch from a.backend_start) * 1000000)::bigint";

  private final Jdbi jdbi;
  private Handle session;
  private String id;
  private long checkedAt = System.nanoTime();

  NodePresence(Jdbi jdbi) {
    this.jdbi = jdbi;
    open();
  }

  private void open() {
    session = jdbi.open();
    id = session.createQuery("select " + SESSION_NAME + " from pg_stat_activity a where a.pid = pg_backend_pid()")
        .mapTo(String.class).one();
  }

  /** The name claims are made under; a new one if the held session was lost (checked once a second). */
  synchronized String id() {
    long now = System.nanoTime();
    if (now - checkedAt > 1_000_000_000L) {
      try {
        session.createQuery("select 1").mapTo(Integer.class).one();
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "lost the outbox's presence session; opening another", e);
        closeSession();
        open();
      }
      checkedAt = now;
    }
    return id;
  }

  /**
   * Hands back claims of nodes whose session has ended: claimable at once, attempts unchanged.
   * Returns how many.
   */
  int releaseOrphanedClaims() {
    return jdbi.withHandle(h -> h.createUpdate("""
            update outbox_delivery set claimed_at = null, claimed_by = null, ready_at = now()
            where claimed_at is not null and ready_at > now()
              and not exists (select 1 from pg_stat_activity a where %s = claimed_by)""".formatted(SESSION_NAME))
        .execute());
  }

  private void closeSession() {
    try {
      session.close();
    } catch (RuntimeException ignored) {
      // already broken
    }
  }

  @Override
  public synchronized void close() {
    closeSession();
  }
}
