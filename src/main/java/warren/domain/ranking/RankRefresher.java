package warren.domain.ranking;

import java.util.logging.Logger;
import warren.domain.Tx;
import warren.store.ranking.RankStore;

/**
 * Keeps time-decaying ranks current. Votes change scores at once; the hot ranks follow here, in
 * batches of about a thousand rows, each its own short transaction, and only for rows whose
 * rank has not yet decayed to 0 (younger than a week).
 */
public final class RankRefresher {
  private static final Logger LOG = Logger.getLogger(RankRefresher.class.getName());
  public static final int BATCH = 1000;

  private final Tx tx;
  private final RankStore ranks;

  public RankRefresher(Tx tx, RankStore ranks) {
    this.tx = tx;
    this.ranks = ranks;
  }

  public record Result(int posts, long postMillis, int comments, long commentMillis) {}

  public Result refreshRanks() {
    long t0 = System.nanoTime();
    int posts = 0;
    var at = RankStore.Position.START;
    while (true) {
      var from = at;
      RankStore.Batch b = tx.write(h -> ranks.refreshPosts(h, from, BATCH));
      posts += b.rows();
      if (b.rows() < BATCH || b.last().isEmpty()) break;
      at = b.last().get();
    }
    long postMillis = (System.nanoTime() - t0) / 1_000_000;
    long t1 = System.nanoTime();
    int comments = 0;
    at = RankStore.Position.START;
    while (true) {
      var from = at;
      RankStore.Batch b = tx.write(h -> ranks.refreshComments(h, from, BATCH));
      comments += b.rows();
      if (b.rows() < BATCH || b.last().isEmpty()) break;
      at = b.last().get();
    }
    tx.run(ranks::refreshCommunities);
    var result = new Result(posts, postMillis, comments, (System.nanoTime() - t1) / 1_000_000);
    LOG.fine(() -> "ranks refreshed: " + result);
    return result;
  }

  /** Active-user counts drive "scaled" ranks and the sidebars; hourly is fresh enough. */
  public void refreshActiveUsers() {
    tx.run(ranks::refreshActiveUsers);
    tx.run(ranks::refreshSiteActiveUsers);
  }
}
