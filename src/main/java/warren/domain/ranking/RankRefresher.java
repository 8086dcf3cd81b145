package warren.domain.ranking;

import java.util.ArrayList;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Logger;
import java.util.stream.IntStream;
import org.jdbi.v3.core.Handle;
import warren.domain.Tx;
import warren.store.ranking.RankStore;
import warren.store.ranking.RankStore.Batch;
import warren.store.ranking.RankStore.Position;
import warren.store.ranking.RankStore.Share;

/**
 * Keeps time-decaying ranks current. Votes change scores at once; the hot ranks follow here, in
 * batches of about a thousand rows, each its own short transaction, and only for rows whose
 * rank has not yet decayed to 0 (younger than a week).
 *
 * <p>Each table is walked by {@link #WALKERS} walkers at once, each over its own share of the
 * rows: a batch's cost is mostly PostgreSQL updating a post's many sort indexes, and one walker
 * leaves the database's other cores idle.
 */
public final class RankRefresher {
  private static final Logger LOG = Logger.getLogger(RankRefresher.class.getName());
  public static final int BATCH = 1000;
  public static final int WALKERS = 2;

  private final Tx tx;
  private final RankStore ranks;

  public RankRefresher(Tx tx, RankStore ranks) {
    this.tx = tx;
    this.ranks = ranks;
  }

  public record Result(int posts, long postMillis, int comments, long commentMillis) {}

  private interface BatchStep {
    Batch next(Handle h, Share share, Position after, int size);
  }

  public Result refreshRanks() {
    long t0 = System.nanoTime();
    int posts = walkAll(ranks::refreshPosts);
    long postMillis = (System.nanoTime() - t0) / 1_000_000;
    long t1 = System.nanoTime();
    int comments = walkAll(ranks::refreshComments);
    tx.run(ranks::refreshCommunities);
    var result = new Result(posts, postMillis, comments, (System.nanoTime() - t1) / 1_000_000);
    LOG.fine(() -> "ranks refreshed: " + result);
    return result;
  }

  /** Runs one walker per share, each on its own thread, and adds up the rows they refreshed. */
  private int walkAll(BatchStep step) {
    var walkers = new ArrayList<CompletableFuture<Integer>>();
    IntStream.range(1, WALKERS).forEach(i -> walkers.add(CompletableFuture.supplyAsync(
        () -> walk(step, new Share(i, WALKERS)), Thread.ofVirtual()::start)));
    int rows = walk(step, new Share(0, WALKERS));
    for (var w : walkers) rows += w.join();
    return rows;
  }

  private int walk(BatchStep step, Share share) {
    int rows = 0;
    var at = Position.START;
    while (true) {
      var from = at;
      Batch b = tx.write(h -> step.next(h, share, from, BATCH));
      rows += b.rows();
      if (b.rows() < BATCH || b.last().isEmpty()) return rows;
      at = b.last().get();
    }
  }

  /** Active-user counts drive "scaled" ranks and the sidebars; hourly is fresh enough. */
  public void refreshActiveUsers() {
    tx.run(ranks::refreshActiveUsers);
    tx.run(ranks::refreshSiteActiveUsers);
  }
}
