package warren.bench;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The posts, in id order, which is time order. Each lands in a community by its popularity and
 * gets a heavy-tailed appeal that decides its share of comments and votes. One post, in the most
 * popular community and a day and a bit old, gets exactly {@link Sizes#bigPostComments()}.
 */
final class Posts {
  /** Comments on any other post stay below the big post's, so it is the biggest thread. */
  private static final int MAX_OTHER_COMMENTS = 1_000;

  final int count;
  final long[] published;
  final int[] community;
  final int[] creator;
  final double[] appeal;
  final boolean[] deleted;
  final boolean[] removed;
  final boolean[] featuredCommunity;
  final boolean[] featuredLocal;
  final int[] commentCount;
  /** Index of the post with {@link Sizes#bigPostComments()} comments. */
  final int big;

  Posts(Sizes sizes, People people, Communities communities, long seed, long now) {
    count = sizes.posts();
    published = new long[count];
    community = new int[count];
    creator = new int[count];
    appeal = new double[count];
    deleted = new boolean[count];
    removed = new boolean[count];
    featuredCommunity = new boolean[count];
    featuredLocal = new boolean[count];

    SplittableRandom times = Seeds.stream(seed, Seeds.SHAPE, 3);
    long windowStart = now - sizes.days() * Clock.DAY;
    long windowLength = sizes.days() * Clock.DAY - Clock.MINUTE;
    for (int i = 0; i < count; i++) published[i] = windowStart + (long) (times.nextDouble() * windowLength);
    Arrays.sort(published);

    for (int i = 0; i < count; i++) {
      SplittableRandom r = Seeds.stream(seed, Seeds.POSTS, i);
      community[i] = communities.picker.pick(r);
      creator[i] = people.writers.pick(r);
      appeal[i] = Seeds.pareto(r, 1.2) * StrictMath.pow(communities.popularity[community[i]], 0.25);
      deleted[i] = Seeds.chance(r, 0.005);
      removed[i] = Seeds.chance(r, 0.002);
    }
    big = pickBigPost(communities.byPopularity[0], now);
    deleted[big] = removed[big] = false;
    feature(communities);
    commentCount = spreadComments(sizes);
  }

  /** The post of the top community closest to 30 hours old: active, and still in the hot window. */
  private int pickBigPost(int topCommunity, long now) {
    int best = closestTo(now - 30 * Clock.HOUR, topCommunity);
    return best >= 0 ? best : closestTo(now - 30 * Clock.HOUR, -1);
  }

  /** The post published nearest {@code time}, within {@code onlyCommunity} unless that is -1. */
  private int closestTo(long time, int onlyCommunity) {
    int best = -1;
    for (int i = 0; i < count; i++) {
      if (onlyCommunity >= 0 && community[i] != onlyCommunity) continue;
      if (best < 0 || Math.abs(published[i] - time) < Math.abs(published[best] - time)) best = i;
    }
    return best;
  }

  /** Each of the ten most popular communities pins its most appealing post; the site pins two. */
  private void feature(Communities communities) {
    for (int rank = 0; rank < Math.min(10, communities.count); rank++) {
      int c = communities.byPopularity[rank];
      int best = -1;
      for (int i = 0; i < count; i++) {
        if (community[i] == c && !deleted[i] && !removed[i] && (best < 0 || appeal[i] > appeal[best])) best = i;
      }
      if (best >= 0) featuredCommunity[best] = true;
    }
    for (int pinned = 0; pinned < Math.min(2, count); pinned++) {
      int best = -1;
      for (int i = 0; i < count; i++) {
        if (!featuredLocal[i] && !deleted[i] && !removed[i] && (best < 0 || appeal[i] > appeal[best])) best = i;
      }
      if (best >= 0) featuredLocal[best] = true;
    }
  }

  private int[] spreadComments(Sizes sizes) {
    int others = sizes.comments() - sizes.bigPostComments();
    int cap = Math.max(Math.min(MAX_OTHER_COMMENTS, sizes.bigPostComments() - 1),
        (int) Math.ceil((double) others / Math.max(1, count - 1)));
    double[] weights = appeal.clone();
    weights[big] = 0;
    int[] spread = count == 1 ? new int[1] : Apportion.split(others, weights, cap);
    spread[big] = sizes.bigPostComments() + (count == 1 ? others : 0);
    return spread;
  }
}
