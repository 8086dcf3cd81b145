package warren.domain;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;

/**
 * How use cases reach the store: a read on one connection, or a write in one transaction, so a
 * use case either happens whole or not at all.
 */
public final class Tx {
  private final Jdbi jdbi;

  public Tx(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  public <T> T read(HandleCallback<T, RuntimeException> work) {
    return jdbi.withHandle(work);
  }

  public <T> T write(HandleCallback<T, RuntimeException> work) {
    return jdbi.inTransaction(work);
  }

  public void run(java.util.function.Consumer<Handle> work) {
    jdbi.useTransaction(work::accept);
  }
}
