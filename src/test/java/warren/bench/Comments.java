package warren.bench;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Comment trees, in id order, which is time order across all posts. Each post's tree grows one
 * comment at a time: about a third start a new thread; the others pick a depth from a geometric
 * curve and answer one of the latest comments one level up, so most replies stay shallow and a
 * few running arguments reach {@link Sizes#maxDepth()}. A reply always comes after its parent,
 * so a parent's id is smaller than its children's.
 */
final class Comments {
  private static final double TOP_LEVEL = 0.35;
  private static final double GO_DEEPER = 0.6;
  /** A reply answers one of this many latest comments of the level above. */
  private static final int RECENT = 12;

  final int count;
  final int[] post;
  /** Index of the parent comment, or -1 for a top-level comment. */
  final int[] parent;
  final byte[] depth;
  final int[] creator;
  final long[] published;
  final boolean[] deleted;
  final boolean[] removed;

  Comments(Sizes sizes, People people, Posts posts, long seed, long now) {
    count = sizes.comments();
    int[] gPost = new int[count];
    int[] gParent = new int[count];
    byte[] gDepth = new byte[count];
    int[] gCreator = new int[count];
    long[] gTime = new long[count];
    int maxDepth = sizes.maxDepth();
    int[][] byDepth = new int[maxDepth + 1][16];
    int[] atDepth = new int[maxDepth + 1];

    int g = 0;
    for (int p = 0; p < posts.count; p++) {
      SplittableRandom r = Seeds.stream(seed, Seeds.COMMENT_TREE, p);
      Arrays.fill(atDepth, 0);
      for (int k = 0; k < posts.commentCount[p]; k++, g++) {
        int d = 1;
        if (k > 0 && !Seeds.chance(r, TOP_LEVEL)) {
          d = 2;
          while (d < maxDepth && Seeds.chance(r, GO_DEEPER)) d++;
          while (d > 1 && atDepth[d - 1] == 0) d--; // no comment that deep yet: answer the deepest
        }
        int parentG = -1;
        if (d > 1) {
          int n = atDepth[d - 1];
          parentG = byDepth[d - 1][n - 1 - r.nextInt(Math.min(n, RECENT))];
        }
        gPost[g] = p;
        gParent[g] = parentG;
        gDepth[g] = (byte) d;
        int who = Seeds.chance(r, 0.08) ? posts.creator[p] : people.writers.pick(r);
        if (parentG >= 0 && who == gCreator[parentG]) who = people.writers.pick(r);
        gCreator[g] = who;
        gTime[g] = parentG < 0 ? Seeds.after(r, posts.published[p], 5 * Clock.HOUR, now)
            : Seeds.after(r, gTime[parentG], 1.5 * Clock.HOUR, now);
        if (atDepth[d] == byDepth[d].length) byDepth[d] = Arrays.copyOf(byDepth[d], atDepth[d] * 2);
        byDepth[d][atDepth[d]++] = g;
      }
    }

    // Ids follow time, as a sequence would have handed them out; ties keep creation order.
    long origin = now - (sizes.days() + 1L) * Clock.DAY;
    long[] order = new long[count];
    for (int i = 0; i < count; i++) order[i] = ((gTime[i] - origin) << 22) | i;
    Arrays.sort(order);
    int[] indexOfG = new int[count];
    for (int i = 0; i < count; i++) indexOfG[(int) (order[i] & ((1 << 22) - 1))] = i;

    post = new int[count];
    parent = new int[count];
    depth = new byte[count];
    creator = new int[count];
    published = new long[count];
    deleted = new boolean[count];
    removed = new boolean[count];
    for (int i = 0; i < count; i++) {
      int from = (int) (order[i] & ((1 << 22) - 1));
      post[i] = gPost[from];
      parent[i] = gParent[from] < 0 ? -1 : indexOfG[gParent[from]];
      depth[i] = gDepth[from];
      creator[i] = gCreator[from];
      published[i] = gTime[from];
      if (post[i] != posts.big) {
        SplittableRandom r = Seeds.stream(seed, Seeds.COMMENT_TREE + 100, i);
        deleted[i] = Seeds.chance(r, 0.015);
        removed[i] = Seeds.chance(r, 0.003);
      }
    }
  }

  /** Comments at each depth, index 1 = top level. */
  long[] depthHistogram() {
    long[] h = new long[Byte.MAX_VALUE];
    for (byte d : depth) h[d]++;
    return h;
  }
}
