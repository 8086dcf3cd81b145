package warren.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import warren.store.Database;
import warren.support.crypto.Passwords;
import warren.testing.TestPostgres;

/**
 * The generator at a tiny scale: it makes what it was asked for, the same seed makes the same
 * data, and the bulk path's counters equal those the row triggers produce.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeedDataTest {
  private static final Sizes TINY = new Sizes(60, 55, 200, 2_500, 300, 10_000, 0.35, 30, 50, 15);
  /** Recent, so that hot ranks are not all zero. */
  private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.HOURS);

  private Seeded bulk;
  private Seeded bulkAgain;
  private Seeded throughTriggers;
  private Seeded otherSeed;

  private record Seeded(Database db, SeedReport report, Map<String, String> checksums) {}

  @BeforeAll
  void seed() throws SQLException {
    bulk = seed(42, false);
    bulkAgain = seed(42, false);
    throughTriggers = seed(42, true);
    otherSeed = seed(7, false);
  }

  @AfterAll
  void close() {
    for (Seeded s : List.of(bulk, bulkAgain, throughTriggers, otherSeed)) s.db().close();
  }

  private static Seeded seed(long seed, boolean viaTriggers) throws SQLException {
    String url = TestPostgres.get().newDatabase();
    Database db = Database.open(Optional.of(url), Path.of("target"), 2);
    var options = new SeedOptions(seed, NOW, TINY, "bench-password", "localhost:8536", Optional.of(url),
        Path.of("target"), false, false, viaTriggers);
    SeedReport report = SeedRun.run(db, options, System.out);
    try (Connection c = db.dataSource().getConnection()) {
      return new Seeded(db, report, DataChecksum.perTable(c));
    }
  }

  @Test
  void makesWhatWasAsked() throws SQLException {
    assertThat(bulk.report().rows()).containsEntry("person", 60L).containsEntry("community", 55L)
        .containsEntry("post", 200L).containsEntry("comment", 2_500L);
    assertThat(bulk.report().rows().get("post_actions") + bulk.report().rows().get("comment_actions")).isEqualTo(10_000L);
    Map<String, String> ids = bulk.report().ids();
    assertThat(ids).containsEntry("big_post_comments", "300").containsEntry("bench_user_follows", "50");
    // Deeper than the benchmark's max_depth=8, within the 15 levels asked for.
    assertThat(Integer.parseInt(ids.get("big_post_max_depth"))).isBetween(9, 15);
    try (Connection c = bulk.db().dataSource().getConnection()) {
      String hash = one(c, "select password_encrypted from local_user lu join person p on p.id = lu.person_id "
          + "where p.name = 'bench_user'");
      assertThat(new Passwords(4).verify("bench-password", hash)).isTrue();
      assertThat(one(c, "select count(*) from local_user where admin")).isEqualTo("1");
      assertThat(one(c, "select site_setup from local_site")).isEqualTo("t");
      // Paths end in the comment's own id; a parent is older and has the smaller id.
      assertThat(one(c, "select count(*) from comment where ltree2text(subpath(path, -1)) <> id::text "
          + "or ltree2text(subpath(path, 0, 1)) <> '0'")).isEqualTo("0");
      assertThat(one(c, """
          select count(*) from comment c join comment p on p.id = ltree2text(subpath(c.path, -2, 1))::integer
          where nlevel(c.path) > 2 and (p.id >= c.id or p.published >= c.published or p.post_id <> c.post_id)""")).isEqualTo("0");
      assertThat(one(c, "select count(*) from post where published > now() or published < now() - interval '31 days'"))
          .isEqualTo("0");
      assertThat(one(c, "select count(*) from (select person_id, post_id from post_actions group by 1, 2 having count(*) > 1) d"))
          .isEqualTo("0");
      double upShare = Double.parseDouble(one(c, """
          select avg((like_score = 1)::int) from (select like_score from post_actions
                                                  union all select like_score from comment_actions) v"""));
      assertThat(upShare).isBetween(0.75, 0.88);
    }
  }

  @Test
  void theSameSeedMakesTheSameData() {
    assertThat(bulkAgain.checksums()).isEqualTo(bulk.checksums());
    assertThat(otherSeed.checksums().get("comment")).isNotEqualTo(bulk.checksums().get("comment"));
  }

  @Test
  void bulkCountersEqualWhatTheTriggersProduce() throws SQLException {
    try (Connection b = bulk.db().dataSource().getConnection();
         Connection t = throughTriggers.db().dataSource().getConnection()) {
      for (String sql : COUNTERS) assertThat(rows(b, sql)).as(sql).isEqualTo(rows(t, sql));
    }
    assertThat(bulk.checksums()).isEqualTo(throughTriggers.checksums());
  }

  private static final List<String> COUNTERS = List.of(
      "select id, post_count, post_score, comment_count, comment_score from person order by id",
      "select id, posts, comments, subscribers, subscribers_local, users_active_day, users_active_week, "
          + "users_active_month, users_active_half_year from community order by id",
      "select id, comments, score, upvotes, downvotes, newest_comment_time, newest_comment_time_necro, "
          + "controversy_rank from post order by id",
      "select id, score, upvotes, downvotes, child_count, controversy_rank from comment order by id",
      "select users, posts, comments, communities from local_site");

  @Test
  void ranksFollowTheSqlFunctions() throws SQLException {
    try (Connection c = bulk.db().dataSource().getConnection()) {
      assertThat(one(c, "select count(*) from post where hot_rank > 0")).isNotEqualTo("0");
      // The clock moved on since the load, so hot ranks may have sunk a little, never risen; and
      // an item that passed the seven-day edge meanwhile has dropped to 0, which the refresher
      // would also leave until its next run, so items within an hour of the edge are not compared.
      assertThat(one(c, """
          select count(*) from post p join community cm on cm.id = p.community_id
          where not close(p.hot_rank, hot_rank(p.score, p.published), p.published)
             or not close(p.hot_rank_active, hot_rank(p.score, p.newest_comment_time_necro), p.newest_comment_time_necro)
             or not close(p.scaled_rank, scaled_rank(p.score, p.published, cm.users_active_month), p.published)
             or p.controversy_rank <> controversy_rank(p.upvotes, p.downvotes)"""
          .replace("close(", "pg_temp.close("), CLOSE)).isEqualTo("0");
      assertThat(one(c, """
          select count(*) from comment
          where not pg_temp.close(hot_rank, hot_rank(score, published), published)
             or controversy_rank <> controversy_rank(upvotes, downvotes)""", CLOSE)).isEqualTo("0");
    }
  }

  private static final String CLOSE = """
      create or replace function pg_temp.close(stored double precision, fresh double precision, at timestamptz)
      returns boolean language sql stable
      return (stored >= fresh and stored <= fresh * 1.01 + 1e-12)
          or abs(extract(epoch from now() - at) - 7 * 86400) < 3600""";

  @Test
  void triggersCountAgainAfterTheLoad() throws SQLException {
    try (Connection c = otherSeed.db().dataSource().getConnection()) {
      String big = otherSeed.report().ids().get("big_post_id");
      String parent = one(c, "select id from comment where post_id = " + big + " and nlevel(path) = 3 order by id limit 1");
      String root = one(c, "select ltree2text(subpath(path, 1, 1)) from comment where id = " + parent);
      String before = counters(c, big, parent, root);
      String maxId = one(c, "select max(id) from comment");
      String id = one(c, "select nextval('comment_id_seq')");
      assertThat(Long.parseLong(id)).isEqualTo(Long.parseLong(maxId) + 1);
      one(c, "insert into comment (id, creator_id, post_id, content, ap_id, path) select " + id + ", 1, " + big
          + ", 'one more', 'https://localhost:8536/comment/" + id + "', path || '" + id + "' from comment where id = "
          + parent + " returning id");
      String after = counters(c, big, parent, root);
      assertThat(increments(before, after)).containsExactly(1L, 1L, 1L, 1L, 1L, 1L);
    }
  }

  /** post.comments, community.comments, person 1's comment_count, site comments, parent's and root's child_count. */
  private static String counters(Connection c, String post, String parent, String root) throws SQLException {
    return one(c, """
        select concat_ws(',', p.comments, cm.comments, pe.comment_count, ls.comments, a.child_count, r.child_count)
        from post p join community cm on cm.id = p.community_id, person pe, local_site ls, comment a, comment r
        where p.id = %s and pe.id = 1 and a.id = %s and r.id = %s""".formatted(post, parent, root));
  }

  private static List<Long> increments(String before, String after) {
    String[] b = before.split(","), a = after.split(",");
    List<Long> out = new ArrayList<>();
    for (int i = 0; i < b.length; i++) out.add(Long.parseLong(a[i]) - Long.parseLong(b[i]));
    return out;
  }

  private static List<String> rows(Connection c, String sql) throws SQLException {
    List<String> out = new ArrayList<>();
    try (var s = c.createStatement(); var rs = s.executeQuery(sql)) {
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        StringBuilder b = new StringBuilder();
        for (int i = 1; i <= n; i++) b.append(i > 1 ? "|" : "").append(rs.getString(i));
        out.add(b.toString());
      }
    }
    return out;
  }

  private static String one(Connection c, String sql, String... setup) throws SQLException {
    try (var s = c.createStatement()) {
      for (String before : setup) s.execute(before);
      try (var rs = s.executeQuery(sql)) {
        rs.next();
        return rs.getString(1);
      }
    }
  }
}
