package warren.bench;

/** Splits a whole number over items in proportion to their weights, with a cap per item. */
final class Apportion {
  private Apportion() {}

  /**
   * Every item gets floor or ceiling of its share, except where the cap cuts it; the parts add
   * up to exactly {@code total}. Capped items' excess goes to the others, as water fills the
   * space left around full glasses.
   */
  static int[] split(long total, double[] weights, int cap) {
    int n = weights.length;
    if (total > (long) cap * n) {
      throw new IllegalArgumentException(total + " do not fit in " + n + " items of at most " + cap);
    }
    int[] out = new int[n];
    boolean[] full = new boolean[n];
    long left = total;
    boolean changed = true;
    while (changed) {
      changed = false;
      double free = 0;
      for (int i = 0; i < n; i++) if (!full[i]) free += weights[i];
      for (int i = 0; i < n; i++) {
        if (!full[i] && left * weights[i] / free >= cap) {
          full[i] = true;
          out[i] = cap;
          left -= cap;
          changed = true;
        }
      }
    }
    double free = 0;
    for (int i = 0; i < n; i++) if (!full[i]) free += weights[i];
    // Systematic rounding: each item gets the whole numbers its running sum crosses.
    double running = 0;
    long given = 0;
    long before = 0;
    for (int i = 0; i < n; i++) {
      if (full[i]) continue;
      running += left * weights[i] / free;
      long upTo = Math.min(left, (long) Math.floor(running + 0.5));
      out[i] = (int) Math.min(cap, upTo - before);
      given += out[i];
      before = upTo;
    }
    // Floating point can leave a few units over or short; settle them on the first items with room.
    for (int i = 0; given != left && i < n; i++) {
      if (full[i] || weights[i] == 0) continue;
      if (given < left && out[i] < cap) {
        int add = (int) Math.min(cap - out[i], left - given);
        out[i] += add;
        given += add;
      } else if (given > left && out[i] > 0) {
        int take = (int) Math.min(out[i], given - left);
        out[i] -= take;
        given -= take;
      }
    }
    return out;
  }
}
