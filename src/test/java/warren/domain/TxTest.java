package warren.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import warren.testing.TestPostgres;

/**
 * A session keeps one connection for its reads and transactions and gives it back before a wait;
 * without one, each read takes its own. A plain data source (a new backend per connection) shows
 * which connection a statement ran on.
 */
class TxTest {
  private final Tx tx = new Tx(Jdbi.create(TestPostgres.get().dataSource(TestPostgres.get().newDatabase())));

  private int backend() {
    return tx.read(h -> h.createQuery("select pg_backend_pid()").mapTo(Integer.class).one());
  }

  @Test
  void aSessionReadsAndWritesOnOneConnection() {
    tx.session(() -> {
      int first = backend();
      assertThat(backend()).isEqualTo(first);
      int inTransaction = tx.write(h -> backend());
      assertThat(inTransaction).isEqualTo(first);
      assertThat(tx.session(this::backend)).as("a nested session joins").isEqualTo(first);
      return null;
    });
    assertThat(backend()).as("each read outside a session takes its own").isNotEqualTo(backend());
  }

  @Test
  void aSessionGivesItsConnectionBackBeforeAWaitButNotInsideAStatement() {
    tx.session(() -> {
      int first = backend();
      tx.read(h -> {
        Tx.releaseForWait();
        assertThat(backend()).as("in use: kept").isEqualTo(first);
        return null;
      });
      Tx.releaseForWait();
      assertThat(backend()).as("taken again after the wait").isNotEqualTo(first);
      return null;
    });
  }

  @Test
  void aFailedTransactionInASessionLeavesNothingAndTheSessionGoesOn() {
    tx.session(() -> {
      tx.run(h -> h.execute("create table t (n int)"));
      assertThatThrownBy(() -> tx.run(h -> {
        h.execute("insert into t values (1)");
        throw new IllegalStateException("fails after the insert");
      })).isInstanceOf(IllegalStateException.class);
      int rows = tx.read(h -> h.createQuery("select count(*) from t").mapTo(Integer.class).one());
      assertThat(rows).isZero();
      return null;
    });
  }
}
