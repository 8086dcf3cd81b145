package warren.bench;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.SplittableRandom;

/** Comment rows with their ltree paths ({@code 0.<ancestor ids>.<id>}), without counters or ranks. */
final class CommentRows {
  static final String COLUMNS = """
      id, creator_id, post_id, content, removed, published, updated, deleted, ap_id, local, path,
      distinguished, language_id""";

  private CommentRows() {}

  static void write(Connection c, String table, Plan plan, Target target, TextMaker text, PrintStream out)
      throws SQLException {
    Comments comments = plan.comments();
    int[] chain = new int[Byte.MAX_VALUE];
    var progress = new Progress(out, "comment", comments.count);
    try (var rows = new CopyRows(c, table, COLUMNS, progress)) {
      for (int i = 0; i < comments.count; i++) {
        SplittableRandom r = Seeds.stream(plan.seed(), Seeds.COMMENT_TEXT, i);
        String content = text.comment(r);
        long updated = Seeds.chance(r, 0.03) ? Seeds.after(r, comments.published[i], Clock.HOUR, plan.now()) : Long.MIN_VALUE;
        int id = Target.commentId(i);
        rows.number(id).number(target.personId(comments.creator[i])).number(Target.postId(comments.post[i]))
            .text(content).bool(comments.removed[i]).time(comments.published[i]).time(updated)
            .bool(comments.deleted[i]).text(target.origin() + "/comment/" + id).bool(true);
        StringBuilder path = rows.raw().append('0');
        int n = 0;
        for (int at = i; at >= 0; at = comments.parent[at]) chain[n++] = at;
        while (n > 0) path.append('.').append(Target.commentId(chain[--n]));
        rows.bool(false).number(Seeds.chance(r, 0.7) ? PostRows.ENGLISH : 0).endRow();
      }
      rows.finish();
    }
    progress.finish();
  }
}
