package warren.bench;

import java.util.SplittableRandom;

/**
 * Seeded randomness. Every generated thing draws from its own stream, keyed by the seed, its kind
 * and its index, so a row's content never depends on how many draws other rows made. Math goes
 * through {@link StrictMath}, whose results are the same on every JVM and CPU.
 */
final class Seeds {
  static final long USERS = 1;
  static final long COMMUNITIES = 2;
  static final long FOLLOWS = 3;
  static final long POSTS = 4;
  static final long POST_TEXT = 5;
  static final long COMMENT_TREE = 6;
  static final long COMMENT_TEXT = 7;
  static final long POST_VOTES = 8;
  static final long COMMENT_VOTES = 9;
  static final long SHAPE = 10;
  static final long KEYS = 11;
  static final long USER_TEXT = 12;
  static final long COMMUNITY_TEXT = 13;

  private Seeds() {}

  static SplittableRandom stream(long seed, long kind, long index) {
    return new SplittableRandom(mix(mix(seed + 0x9E3779B97F4A7C15L * kind) ^ index));
  }

  /** SplitMix64's finalizer: spreads nearby inputs over all 64 bits. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  static double exponential(SplittableRandom r, double mean) {
    return -mean * StrictMath.log(1 - r.nextDouble());
  }

  static double gaussian(SplittableRandom r) {
    double u1 = 1 - r.nextDouble();
    double u2 = r.nextDouble();
    return StrictMath.sqrt(-2 * StrictMath.log(u1)) * StrictMath.cos(2 * StrictMath.PI * u2);
  }

  static double logNormal(SplittableRandom r, double median, double sigma) {
    return median * StrictMath.exp(sigma * gaussian(r));
  }

  /** Heavy-tailed: most draws near 1, a few very large; smaller alpha, heavier tail. */
  static double pareto(SplittableRandom r, double alpha) {
    return StrictMath.pow(1 - r.nextDouble(), -1 / alpha);
  }

  static boolean chance(SplittableRandom r, double p) {
    return r.nextDouble() < p;
  }

  /**
   * A moment between {@code from} and {@code now}, about {@code meanMillis} after {@code from}.
   * Near {@code now} the wait is squeezed into the time left, so nothing lands in the future.
   */
  static long after(SplittableRandom r, long from, double meanMillis, long now) {
    long wait = (long) exponential(r, meanMillis);
    long at = from + Math.max(1, wait);
    if (at >= now) at = from + (long) ((now - from) * r.nextDouble());
    return Math.max(at, from + 1);
  }
}
