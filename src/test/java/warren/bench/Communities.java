package warren.bench;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The local communities. Popularity follows a Zipf curve, which decides where posts go and whom
 * people follow; the creator of each moderates it.
 */
final class Communities {
  final int count;
  final String[] names;
  final String[] titles;
  final long[] published;
  final int[] creator;
  final double[] popularity;
  final WeightedPicker picker;
  /** Indexes by popularity, the most popular first. */
  final int[] byPopularity;

  Communities(Sizes sizes, People people, long seed, long now) {
    count = sizes.communities();
    names = new String[count];
    titles = new String[count];
    published = new long[count];
    creator = new int[count];
    long windowStart = now - sizes.days() * Clock.DAY;
    Set<String> taken = new HashSet<>();
    for (int c = 0; c < count; c++) {
      SplittableRandom r = Seeds.stream(seed, Seeds.COMMUNITIES, c);
      names[c] = uniqueName(c, r, taken);
      taken.add(names[c]);
      titles[c] = TextMaker.capitalize(names[c].replace('_', ' '));
      // bench_user moderates nothing, so "moderated" lists stay a separate case from "subscribed".
      creator[c] = 1 + r.nextInt(people.count - 1);
      long earliest = Math.max(people.published[creator[c]], windowStart - 600 * Clock.DAY);
      published[c] = earliest + (long) (r.nextDouble() * (windowStart - Clock.HOUR - earliest));
    }
    popularity = WeightedPicker.zipf(count, 1.1, Seeds.stream(seed, Seeds.SHAPE, 2));
    picker = new WeightedPicker(popularity);
    byPopularity = java.util.stream.IntStream.range(0, count).boxed()
        .sorted((a, b) -> Double.compare(popularity[b], popularity[a])).mapToInt(Integer::intValue).toArray();
  }

  private static String uniqueName(int c, SplittableRandom r, Set<String> taken) {
    if (c < Words.TOPICS.length && !taken.contains(Words.TOPICS[c])) return Words.TOPICS[c];
    while (true) {
      String name = Words.TOPICS[r.nextInt(Words.TOPICS.length)] + "_" + Words.COMMON[100 + r.nextInt(Words.COMMON.length - 100)];
      if (name.length() > 20) name = name.substring(0, 20);
      if (!taken.contains(name)) return name;
    }
  }

  String description(long seed, int c, TextMaker text) {
    SplittableRandom r = Seeds.stream(seed, Seeds.COMMUNITY_TEXT, c);
    return text.markdown(r, 15 + r.nextInt(80));
  }
}
