package warren.bench;

import java.util.SplittableRandom;

/** Picks an index with probability proportional to its weight, by binary search on running sums. */
final class WeightedPicker {
  private final double[] cumulative;

  WeightedPicker(double[] weights) {
    cumulative = new double[weights.length];
    double sum = 0;
    for (int i = 0; i < weights.length; i++) {
      sum += weights[i];
      cumulative[i] = sum;
    }
  }

  int pick(SplittableRandom r) {
    double x = r.nextDouble() * cumulative[cumulative.length - 1];
    int lo = 0;
    int hi = cumulative.length - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (cumulative[mid] > x) hi = mid; else lo = mid + 1;
    }
    return lo;
  }

  int size() {
    return cumulative.length;
  }

  /**
   * Zipf weights (the r-th most popular has weight 1/r^exponent), dealt out to the indexes in a
   * seeded random order, so popularity does not simply follow the ids.
   */
  static double[] zipf(int n, double exponent, SplittableRandom shuffle) {
    int[] rankOf = new int[n];
    for (int i = 0; i < n; i++) rankOf[i] = i;
    for (int i = n - 1; i > 0; i--) {
      int j = shuffle.nextInt(i + 1);
      int t = rankOf[i];
      rankOf[i] = rankOf[j];
      rankOf[j] = t;
    }
    double[] w = new double[n];
    for (int i = 0; i < n; i++) w[i] = 1 / StrictMath.pow(rankOf[i] + 1, exponent);
    return w;
  }
}
