package warren.bench;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.SplittableRandom;

/** Post rows, without counters or ranks: those are computed from the comments and votes afterwards. */
final class PostRows {
  static final String COLUMNS = """
      id, name, url, body, creator_id, community_id, removed, locked, published, updated, deleted, nsfw, ap_id,
      local, language_id, featured_community, featured_local, url_content_type""";
  static final int ENGLISH = 37;

  private PostRows() {}

  static void write(Connection c, String table, Plan plan, Target target, TextMaker text, PrintStream out)
      throws SQLException {
    Posts posts = plan.posts();
    var progress = new Progress(out, "post", posts.count);
    try (var rows = new CopyRows(c, table, COLUMNS, progress)) {
      for (int i = 0; i < posts.count; i++) {
        SplittableRandom r = Seeds.stream(plan.seed(), Seeds.POST_TEXT, i);
        double kind = r.nextDouble();
        String url = null, body = null, contentType = null;
        if (kind < 0.5) {
          url = text.url(r);
          if (Seeds.chance(r, 0.2)) body = text.postBody(r);
        } else if (kind < 0.6) {
          url = target.origin() + "/pictrs/image/" + Long.toHexString(r.nextLong()) + ".jpg";
          contentType = "image/jpeg";
        } else {
          body = text.postBody(r);
        }
        long updated = Seeds.chance(r, 0.05) ? Seeds.after(r, posts.published[i], 2 * Clock.HOUR, plan.now()) : Long.MIN_VALUE;
        int id = Target.postId(i);
        rows.number(id).text(text.title(r)).text(url).text(body)
            .number(target.personId(posts.creator[i])).number(Target.communityId(posts.community[i]))
            .bool(posts.removed[i]).bool(Seeds.chance(r, 0.002)).time(posts.published[i]).time(updated)
            .bool(posts.deleted[i]).bool(Seeds.chance(r, 0.01)).text(target.origin() + "/post/" + id).bool(true)
            .number(Seeds.chance(r, 0.7) ? ENGLISH : 0).bool(posts.featuredCommunity[i]).bool(posts.featuredLocal[i])
            .text(contentType).endRow();
      }
      rows.finish();
    }
    progress.finish();
  }
}
