package warren.store;

import java.util.HashMap;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/**
 * A person's vote on a post or comment, as the stores write it: the busiest write of a federated
 * site, so it runs direct ({@link DirectQuery}). A score of 0 (a vote taken back) is stored as no
 * score; the statement names the person {@code :p}, the item {@code :item} and the score
 * {@code :s}, which it must cast, since a null carries no type.
 */
public final class LikeScores {
  private LikeScores() {}

  public static void upsert(Handle h, String sql, int personId, int itemId, int score) {
    Map<String, Object> binds = new HashMap<>(Map.of("p", personId, "item", itemId));
    binds.put("s", score == 0 ? null : (short) score);
    DirectQuery.update(h, sql, binds);
  }
}
