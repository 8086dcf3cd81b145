package warren.bench;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The local accounts. The first is {@code bench_user}, the benchmarks' log-in, and the second
 * {@code bench_admin}; the rest get made-up names. How often each writes and votes follows a
 * Zipf curve: a few people write most of what is read.
 */
final class People {
  static final String BENCH_USER = "bench_user";
  static final String BENCH_ADMIN = "bench_admin";
  static final int FIRST = 0;
  static final int ADMIN = 1;

  final int count;
  final String[] names;
  final long[] published;
  final boolean[] bot;
  /** Who writes posts and comments. */
  final WeightedPicker writers;
  /** Who votes; a different curve, as lurkers vote without writing. */
  final WeightedPicker voters;

  People(Sizes sizes, long seed, long now) {
    count = sizes.users();
    names = new String[count];
    published = new long[count];
    bot = new boolean[count];
    long windowStart = now - sizes.days() * Clock.DAY;
    Set<String> taken = new HashSet<>();
    for (int u = 0; u < count; u++) {
      SplittableRandom r = Seeds.stream(seed, Seeds.USERS, u);
      names[u] = switch (u) {
        case FIRST -> BENCH_USER;
        case ADMIN -> BENCH_ADMIN;
        default -> uniqueName(r, taken);
      };
      taken.add(names[u]);
      // Everyone joined before the data window opens, so nobody acts before joining.
      published[u] = windowStart - Clock.DAY - (long) (r.nextDouble() * 700 * Clock.DAY);
      bot[u] = u > ADMIN && Seeds.chance(r, 0.01);
    }
    SplittableRandom shape = Seeds.stream(seed, Seeds.SHAPE, 1);
    writers = new WeightedPicker(WeightedPicker.zipf(count, 0.8, shape));
    voters = new WeightedPicker(WeightedPicker.zipf(count, 0.7, shape));
  }

  /** Lemmy's rule for actor names: 3 to 20 of [a-z0-9_]. */
  private static String uniqueName(SplittableRandom r, Set<String> taken) {
    while (true) {
      StringBuilder b = new StringBuilder();
      for (int i = 0, n = 2 + r.nextInt(2); i < n; i++) b.append(Words.SYLLABLES[r.nextInt(Words.SYLLABLES.length)]);
      if (Seeds.chance(r, 0.3)) b.append('_').append(Words.COMMON[100 + r.nextInt(Words.COMMON.length - 100)]);
      else if (Seeds.chance(r, 0.4)) b.append(r.nextInt(100));
      String name = b.length() > 20 ? b.substring(0, 20) : b.toString();
      if (name.length() >= 3 && !taken.contains(name)) return name;
    }
  }

  /** A display name for some, with pronouns in the style of Hexbear's profiles; else null. */
  String displayName(long seed, int u) {
    SplittableRandom r = Seeds.stream(seed, Seeds.USER_TEXT, u);
    if (!Seeds.chance(r, 0.3)) return null;
    String pretty = TextMaker.capitalize(names[u].replace('_', ' '));
    return Seeds.chance(r, 0.5) ? pretty + " [" + Words.PRONOUNS[r.nextInt(Words.PRONOUNS.length)] + "]" : pretty;
  }

  String bio(long seed, int u, TextMaker text) {
    SplittableRandom r = Seeds.stream(seed, Seeds.USER_TEXT + 1000, u);
    return Seeds.chance(r, 0.2) ? text.markdown(r, 10 + r.nextInt(60)) : null;
  }
}
