package warren.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Rows of community_actions: who follows and who moderates which community. Most people follow
 * a dozen or so, chosen by popularity; {@code bench_user} follows exactly
 * {@link Sizes#firstUserFollows()}, for the "subscribed" benchmarks.
 */
final class Memberships {
  /** {@code Long.MIN_VALUE} in a time means NULL. */
  record Row(int person, int community, long followed, long becameModerator) {}

  final List<Row> rows;

  Memberships(Sizes sizes, People people, Communities communities, long seed, long now) {
    TreeMap<Long, long[]> byKey = new TreeMap<>(); // (person, community) -> {followed, moderator}
    for (int c = 0; c < communities.count; c++) {
      SplittableRandom r = Seeds.stream(seed, Seeds.FOLLOWS, people.count + c);
      // The creator, and sometimes one or two more people, moderate; moderators follow too.
      long start = communities.published[c];
      slot(byKey, communities.creator[c], c, start)[1] = start;
      for (int m = 0, extra = r.nextInt(3); m < extra; m++) {
        int who = 1 + r.nextInt(people.count - 1);
        long since = Math.max(start, people.published[who]) + (long) (r.nextDouble() * Clock.DAY * 30);
        long[] s = slot(byKey, who, c, Math.min(since, now - Clock.HOUR));
        if (s[1] == Long.MIN_VALUE) s[1] = s[0];
      }
    }
    for (int u = 0; u < people.count; u++) {
      SplittableRandom r = Seeds.stream(seed, Seeds.FOLLOWS, u);
      int want = u == People.FIRST ? sizes.firstUserFollows()
          : (int) Math.max(1, Math.min(communities.count, Math.round(Seeds.logNormal(r, 12, 0.8))));
      boolean[] chosen = new boolean[communities.count];
      int have = 0;
      for (var e : byKey.subMap(key(u, 0), key(u + 1, 0)).entrySet()) {
        chosen[(int) (e.getKey() & 0xFFFFFFFFL)] = true;
        have++;
      }
      while (have < want) {
        int c = communities.picker.pick(r);
        for (int tries = 0; chosen[c] && tries < 8; tries++) c = communities.picker.pick(r);
        while (chosen[c]) c = (c + 1) % communities.count; // the popular ones are taken: any other
        chosen[c] = true;
        have++;
        long from = Math.max(people.published[u], communities.published[c]);
        slot(byKey, u, c, from + (long) (r.nextDouble() * 0.9 * (now - from)));
      }
    }
    rows = new ArrayList<>(byKey.size());
    byKey.forEach((k, v) -> rows.add(new Row((int) (k >>> 32), (int) (k & 0xFFFFFFFFL), v[0], v[1])));
  }

  private static long key(int person, int community) {
    return ((long) person << 32) | community;
  }

  private static long[] slot(TreeMap<Long, long[]> byKey, int person, int community, long followed) {
    return byKey.computeIfAbsent(key(person, community), k -> new long[] {followed, Long.MIN_VALUE});
  }
}
