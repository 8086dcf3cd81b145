package warren.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import warren.testing.TestPostgres;

/**
 * Writes handed over together share one transaction, each caller gets its own result, and a unit
 * that fails takes nobody else's work with it. To line units up deterministically, the first one
 * holds the writer until the others are all queued. Through {@link Tx}, a grouped write inside an
 * open transaction and a lone one.
 */
class GroupedWritesTest {
  private final Jdbi jdbi = Jdbi.create(TestPostgres.get().dataSource(TestPostgres.get().newDatabase()));
  private final Tx tx = new Tx(jdbi);
  private final GroupedWrites writes = new GroupedWrites(jdbi);

  @BeforeEach
  void table() {
    tx.run(h -> h.execute("create table if not exists t (n int primary key)"));
    tx.run(h -> h.execute("delete from t"));
  }

  private static int insert(Handle h, int n) {
    return h.createUpdate("insert into t values (:n)").bind("n", n).execute() * n;
  }

  private List<Integer> rows() {
    return tx.read(h -> h.createQuery("select n from t order by n").mapTo(Integer.class).list());
  }

  /** Starts {@code units} grouped writes behind one that holds the writer, and lets it go once they all wait. */
  private List<CompletableFuture<Integer>> lineUp(List<java.util.function.Function<Handle, Integer>> units)
      throws InterruptedException {
    CountDownLatch hold = new CountDownLatch(1);
    CountDownLatch holding = new CountDownLatch(1);
    var first = CompletableFuture.supplyAsync(() -> writes.write(h -> {
      holding.countDown();
      await(hold);
      return insert(h, 1000);
    }), r -> Thread.ofVirtual().start(r));
    holding.await();
    List<CompletableFuture<Integer>> results = new ArrayList<>();
    for (var unit : units) {
      var f = new CompletableFuture<Integer>();
      results.add(f);
      Thread.ofVirtual().start(() -> {
        try {
          f.complete(writes.write(unit::apply));
        } catch (RuntimeException e) {
          f.completeExceptionally(e);
        }
      });
    }
    // Counted in the queue, not by thread state: a thread parked on the queue's lock has not handed its write over yet.
    while (writes.waiting() < units.size()) Thread.sleep(5);
    hold.countDown();
    assertThat(first.join()).isEqualTo(1000);
    return results;
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void writesWaitingTogetherShareOneTransactionAndEachGetsItsResult() throws Exception {
    List<java.util.function.Function<Handle, Integer>> units = new ArrayList<>();
    for (int i = 1; i <= 30; i++) {
      int n = i;
      units.add(h -> insert(h, n));
    }
    long before = writes.transactions();
    var results = lineUp(units);
    for (int i = 0; i < 30; i++) assertThat(results.get(i).join()).isEqualTo(i + 1);
    assertThat(writes.transactions() - before).as("the holder alone, then the thirty together").isEqualTo(2);
    assertThat(rows()).hasSize(31).contains(1, 15, 30, 1000);
  }

  @Test
  void aUnitThatFailsFailsAloneAndTheOthersCommitOnce() throws Exception {
    var results = lineUp(List.of(
        h -> insert(h, 1),
        h -> {
          insert(h, 2);
          throw new DomainException(ErrorType.UNKNOWN, "fails after its insert");
        },
        h -> insert(h, 3)));
    assertThat(results.get(0).join()).isEqualTo(1);
    assertThat(results.get(2).join()).isEqualTo(3);
    assertThatThrownBy(results.get(1)::join).hasCauseInstanceOf(DomainException.class)
        .hasMessageContaining("fails after its insert");
    // Units 1 and 3 ran twice (in the batch rolled back, then alone) and are there once.
    assertThat(rows()).containsExactly(1, 3, 1000);
  }

  @Test
  void insideAnOpenTransactionItIsAnOrdinaryNestedWrite() {
    long before = tx.groupedTransactions();
    tx.run(h -> {
      insert(h, 7);
      // Grouped, it would wait for a batch that waits for this transaction's lock on row 7.
      tx.writeGrouped(h2 -> h2.createUpdate("update t set n = 8 where n = 7").execute());
    });
    assertThat(rows()).containsExactly(8);
    assertThat(tx.groupedTransactions()).isEqualTo(before);
  }

  @Test
  void aLoneWriteCommitsAtOnceAndTheWriterComesBackForLaterOnes() {
    int one = tx.writeGrouped(h -> insert(h, 1));
    assertThat(one).isEqualTo(1);
    assertThat(rows()).containsExactly(1);
    int two = tx.writeGrouped(h -> insert(h, 2));
    assertThat(two).isEqualTo(2);
    assertThat(rows()).containsExactly(1, 2);
  }
}
