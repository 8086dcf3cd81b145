package warren.bench;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.SplittableRandom;

/**
 * Draws and writes the votes of one kind of item. Voters come from the voting curve, without
 * repeats per item; about one item in eight is controversial, so overall some 80% are upvotes.
 */
final class VoteRows {
  private static final double MEAN_DELAY = 10 * Clock.HOUR;

  private final People people;
  private final Target target;
  private final long seed;
  private final long now;
  private final long[] used;
  private final int[] touched;

  private VoteRows(People people, Target target, long seed, long now) {
    this.people = people;
    this.target = target;
    this.seed = seed;
    this.now = now;
    this.used = new long[(people.count + 63) / 64];
    this.touched = new int[people.count];
  }

  /** Writes the votes on all posts into post_actions. */
  static void writePostVotes(Connection c, Plan plan, Target target, PrintStream out) throws SQLException {
    Posts posts = plan.posts();
    Votes votes = plan.votes();
    var draw = new VoteRows(plan.people(), target, plan.seed(), plan.now());
    var progress = new Progress(out, "post_actions", votes.postVotes);
    try (var rows = new CopyRows(c, "post_actions", "person_id, post_id, like_score, liked", progress)) {
      for (int i = 0; i < posts.count; i++) {
        draw.item(rows, Seeds.POST_VOTES, i, Target.postId(i), posts.creator[i], posts.published[i],
            votes.postSelfVotes, votes.perPost[i]);
      }
      rows.finish();
    }
    progress.finish();
  }

  /** Writes the votes on all comments into comment_actions. */
  static void writeCommentVotes(Connection c, Plan plan, Target target, PrintStream out) throws SQLException {
    Comments comments = plan.comments();
    Votes votes = plan.votes();
    var draw = new VoteRows(plan.people(), target, plan.seed(), plan.now());
    var progress = new Progress(out, "comment_actions", votes.commentVotes);
    try (var rows = new CopyRows(c, "comment_actions", "person_id, comment_id, like_score, liked", progress)) {
      for (int i = 0; i < comments.count; i++) {
        draw.item(rows, Seeds.COMMENT_VOTES, i, Target.commentId(i), comments.creator[i], comments.published[i],
            votes.commentSelfVotes, votes.perComment[i]);
      }
      rows.finish();
    }
    progress.finish();
  }

  /** Writes person_id, item id, like_score, liked for every vote on one item. */
  private void item(CopyRows out, long stream, int index, int itemId, int author, long published,
      boolean selfVote, int votes) throws SQLException {
    SplittableRandom r = Seeds.stream(seed, stream, index);
    double upShare = Seeds.chance(r, 0.12) ? 0.3 + 0.4 * r.nextDouble() : 0.7 + 0.18 * r.nextDouble();
    int marked = 0;
    mark(author);
    touched[marked++] = author;
    if (selfVote) row(out, target.personId(author), itemId, 1, published);
    for (int v = 0; v < votes; v++) {
      int who = people.voters.pick(r);
      for (int tries = 0; isUsed(who) && tries < 12; tries++) who = people.voters.pick(r);
      if (isUsed(who)) {
        who = r.nextInt(people.count);
        while (isUsed(who)) who = (who + 1) % people.count;
      }
      mark(who);
      touched[marked++] = who;
      row(out, target.personId(who), itemId, r.nextDouble() < upShare ? 1 : -1,
          Seeds.after(r, published, MEAN_DELAY, now));
    }
    for (int i = 0; i < marked; i++) used[touched[i] >>> 6] = 0;
  }

  private static void row(CopyRows out, int personId, int itemId, int score, long liked) throws SQLException {
    out.number(personId).number(itemId).number(score).time(liked).endRow();
  }

  private boolean isUsed(int u) {
    return (used[u >>> 6] & (1L << (u & 63))) != 0;
  }

  private void mark(int u) {
    used[u >>> 6] |= 1L << (u & 63);
  }
}
