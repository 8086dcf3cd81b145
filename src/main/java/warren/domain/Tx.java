package warren.domain;

import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;

/**
 * How use cases reach the store: a read on one connection, or a write in one transaction, so a
 * use case either happens whole or not at all.
 *
 * <p>A {@link #session} lets a busy path (an inbox activity: its lists, its repeat check, the rows
 * it refers to, then its transaction) do all of that on one connection instead of checking one
 * out, and building a JDBI handle, per read. Reads in a session still autocommit one by one, as
 * they would on separate connections; only the handle is shared. Before waiting on the network
 * the session gives its connection back ({@link #releaseForWait}), so a slow peer never holds one.
 */
public final class Tx {
  private static final ScopedValue<Session> SESSION = ScopedValue.newInstance();

  private final Jdbi jdbi;
  private final GroupedWrites grouped;

  public Tx(Jdbi jdbi) {
    this.jdbi = jdbi;
    this.grouped = new GroupedWrites(jdbi);
  }

  public <T> T read(HandleCallback<T, RuntimeException> work) {
    Session s = session();
    return s == null ? jdbi.withHandle(work) : s.use(work);
  }

  public <T> T write(HandleCallback<T, RuntimeException> work) {
    Session s = session();
    return s == null ? jdbi.inTransaction(work) : s.use(h -> h.inTransaction(work));
  }

  /**
   * A write that may share its transaction and commit with other threads' writes (see
   * {@link GroupedWrites}); this thread's session, if any, gives its connection back meanwhile.
   * Inside a read or transaction already open on this thread it is an ordinary nested write: a
   * batch could otherwise wait for locks that its own caller holds.
   */
  public <T> T writeGrouped(HandleCallback<T, RuntimeException> work) {
    Session s = session();
    if ((s != null && s.depth > 0) || jdbi.getHandleScope().get() != null) return write(work);
    if (s != null) s.release();
    return grouped.write(work);
  }

  /** Transactions run for grouped writes so far (see {@link GroupedWrites#transactions}). */
  public long groupedTransactions() {
    return grouped.transactions();
  }

  public void run(java.util.function.Consumer<Handle> work) {
    write(h -> {
      work.accept(h);
      return null;
    });
  }

  /**
   * Runs {@code work} with one connection, taken at its first read and kept for the following
   * ones, until the work ends or waits on the network. Inside another session of this Tx, joins
   * it; inside a read or transaction outside a session, JDBI's own nesting already shares its handle.
   */
  public <T> T session(Supplier<T> work) {
    if (session() != null || jdbi.getHandleScope().get() != null) return work.get();
    Session s = new Session(this);
    try {
      return ScopedValue.where(SESSION, s).call(work::get);
    } finally {
      s.release();
    }
  }

  /**
   * Gives the current session's connection back to the pool before a wait on the network (a
   * fetch from another site), unless a read or transaction is using it; the next read takes one
   * again. Without a session, does nothing.
   */
  public static void releaseForWait() {
    if (SESSION.isBound() && SESSION.get().depth == 0) SESSION.get().release();
  }

  private Session session() {
    return SESSION.isBound() && SESSION.get().owner == this ? SESSION.get() : null;
  }

  /** The connection of one session; used by one thread only. */
  private static final class Session {
    private final Tx owner;
    private Handle handle;
    private int depth;

    Session(Tx owner) {
      this.owner = owner;
    }

    <T> T use(HandleCallback<T, RuntimeException> work) {
      if (handle == null) handle = owner.jdbi.open();
      depth++;
      try {
        return work.withHandle(handle);
      } finally {
        depth--;
      }
    }

    void release() {
      if (handle == null) return;
      Handle h = handle;
      handle = null;
      h.close();
    }
  }
}
