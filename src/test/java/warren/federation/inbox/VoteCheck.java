package warren.federation.inbox;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import warren.federation.inbox.VotePlan.Item;
import warren.federation.inbox.VotePlan.Key;
import warren.federation.inbox.VotePlan.Step;

/**
 * After the inbox benchmark: does the database hold exactly what was sent? Every distinct
 * activity id recorded once; each remote person's vote on each item as the plan ends it; and each
 * item's score, upvotes and downvotes moved by exactly those votes from where they stood before.
 * A repeat applied a second time, or a vote lost, shows in one of these.
 */
final class VoteCheck {
  private VoteCheck() {}

  /** Score, upvotes and downvotes of each item, by ActivityPub id. */
  static Map<String, List<Long>> counters(Jdbi jdbi, List<Item> items) {
    Map<String, List<Long>> counters = new HashMap<>();
    jdbi.useHandle(h -> {
      for (String table : List.of("post", "comment")) {
        int[] ids = items.stream().filter(i -> i.post() == table.equals("post")).mapToInt(Item::id).toArray();
        h.createQuery("select ap_id, score, upvotes, downvotes from " + table + " where id = any(:ids)")
            .bind("ids", ids)
            .map((rs, ctx) -> Map.entry(rs.getString(1), List.of(rs.getLong(2), rs.getLong(3), rs.getLong(4))))
            .forEach(e -> counters.put(e.getKey(), e.getValue()));
      }
    });
    return counters;
  }

  /** What does not match; empty when everything does. */
  static List<String> problems(Jdbi jdbi, VotePlan plan, List<Item> items, Map<String, List<Long>> before) {
    List<String> problems = new ArrayList<>();
    String[] ids = plan.distinct().stream().map(Step::activityId).toArray(String[]::new);
    long recorded = jdbi.withHandle(h -> h.createQuery("select count(*) from received_activity where ap_id = any(:ids)")
        .bind("ids", ids).mapTo(Long.class).one());
    if (recorded != ids.length) problems.add("received_activity holds " + recorded + " of the " + ids.length + " ids sent");

    Map<Key, Integer> actual = votes(jdbi, items);
    plan.expected().forEach((key, score) -> {
      int got = actual.getOrDefault(key, 0);
      if (got != score) problems.add(key + ": vote " + got + ", sent " + score);
    });
    actual.forEach((key, score) -> {
      if (score != 0 && !plan.expected().containsKey(key)) problems.add(key + ": vote " + score + " never sent");
    });

    Map<String, long[]> moved = new HashMap<>();
    plan.expected().forEach((key, score) -> {
      long[] m = moved.computeIfAbsent(key.itemApId(), k -> new long[3]);
      m[0] += score;
      if (score == 1) m[1]++;
      if (score == -1) m[2]++;
    });
    Map<String, List<Long>> after = counters(jdbi, items);
    for (Item item : items) {
      long[] m = moved.getOrDefault(item.apId(), new long[3]);
      List<Long> was = before.get(item.apId());
      List<Long> want = List.of(was.get(0) + m[0], was.get(1) + m[1], was.get(2) + m[2]);
      if (!want.equals(after.get(item.apId()))) {
        problems.add(item.apId() + ": score/up/down " + after.get(item.apId()) + ", expected " + want);
      }
    }
    return problems;
  }

  /** The remote people's votes on the items, 0 for a vote taken back (the row stays, without a score). */
  private static Map<Key, Integer> votes(Jdbi jdbi, List<Item> items) {
    Map<Key, Integer> votes = new HashMap<>();
    jdbi.useHandle(h -> {
      for (String table : List.of("post", "comment")) {
        int[] ids = items.stream().filter(i -> i.post() == table.equals("post")).mapToInt(Item::id).toArray();
        h.createQuery("select p.actor_id, t.ap_id, coalesce(a.like_score, 0) from " + table + "_actions a"
                + " join person p on p.id = a.person_id join " + table + " t on t.id = a." + table + "_id"
                + " where not p.local and a." + table + "_id = any(:ids)")
            .bind("ids", ids)
            .map((rs, ctx) -> Map.entry(new Key(rs.getString(1), rs.getString(2)), rs.getInt(3)))
            .forEach(e -> votes.put(e.getKey(), e.getValue()));
      }
    });
    return votes;
  }
}
