package warren.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What a benchmark needs to know about the data, read back from the database: the big post, the
 * log-in with 50 subscriptions, and so on, as {@code key=value} lines that scripts can read.
 */
record SeedReport(Map<String, String> ids, Map<String, Long> rows, long[] depths, double seconds) {

  static SeedReport read(Connection c, Plan plan, Target target, String password, double seconds) throws SQLException {
    Map<String, String> ids = new LinkedHashMap<>();
    int bigPost = Target.postId(plan.posts().big);
    ids.put("big_post_id", String.valueOf(bigPost));
    ids.put("big_post_comments", one(c, "select comments from post where id = " + bigPost));
    ids.put("big_post_max_depth", one(c, "select max(nlevel(path) - 1) from comment where post_id = " + bigPost));
    ids.put("big_post_deepest_comment_id", one(c,
        "select id from comment where post_id = " + bigPost + " order by nlevel(path) desc, id limit 1"));
    ids.put("bench_user", People.BENCH_USER);
    ids.put("bench_admin", People.BENCH_ADMIN);
    ids.put("password", password);
    ids.put("bench_user_person_id", String.valueOf(target.personId(People.FIRST)));
    ids.put("bench_user_follows", one(c, "select count(*) from community_actions where followed is not null "
        + "and person_id = " + target.personId(People.FIRST)));
    int top = Target.communityId(plan.communities().byPopularity[0]);
    ids.put("top_community_id", String.valueOf(top));
    ids.put("top_community_name", one(c, "select name from community where id = " + top));
    ids.put("top_community_posts", one(c, "select posts from community where id = " + top));
    ids.put("busiest_person_id", one(c, "select id from person order by comment_count desc, id limit 1"));
    ids.put("newest_post_id", one(c, "select max(id) from post"));
    ids.put("site_origin", target.origin());

    Map<String, Long> rows = new LinkedHashMap<>();
    for (String t : new String[] {"person", "community", "community_actions", "post", "comment", "post_actions", "comment_actions"}) {
      rows.put(t, Long.parseLong(one(c, "select count(*) from " + t)));
    }
    return new SeedReport(ids, rows, plan.comments().depthHistogram(), seconds);
  }

  void print(PrintStream out) {
    out.println();
    out.println("Rows:");
    rows.forEach((t, n) -> out.println(String.format(Locale.ROOT, "  %-18s %,12d", t, n)));
    StringBuilder d = new StringBuilder("Comment depths (1 = top level):");
    for (int i = 1; i < depths.length; i++) if (depths[i] > 0) d.append(String.format(Locale.ROOT, " %d:%,d", i, depths[i]));
    out.println(d);
    out.println();
    out.println("Benchmark ids:");
    ids.forEach((k, v) -> out.println("  " + k + "=" + v));
    out.println();
    out.println(String.format(Locale.ROOT, "Total time: %.1f s (%.1f min)", seconds, seconds / 60));
  }

  void writeProperties(Path file) {
    StringBuilder b = new StringBuilder("# Written by bench/seed; ids of the generated benchmark data.\n");
    ids.forEach((k, v) -> b.append(k).append('=').append(v).append('\n'));
    try {
      Files.writeString(file, b);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String one(Connection c, String sql) throws SQLException {
    try (var s = c.createStatement(); var rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    }
  }
}
