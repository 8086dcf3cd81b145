package warren.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import warren.testing.TestPostgres;

/**
 * Warren's connections plan as the read views need, values bind with their own types, and the
 * JDBI-free read path ({@link DirectQuery}) reads named parameters as JDBI does.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DatabaseTest {
  private Database database;

  @BeforeAll
  void open(@TempDir Path dir) {
    database = Database.open(Optional.of(TestPostgres.get().newDatabase()), dir, 2);
  }

  @AfterAll
  void close() {
    database.close();
  }

  private String show(String setting) {
    return database.jdbi().withHandle(h -> h.createQuery("show " + setting).mapTo(String.class).one());
  }

  @Test
  void connectionsKeepOneGenericPlanWithoutMemoize() {
    assertThat(show("plan_cache_mode")).isEqualTo("force_generic_plan");
    assertThat(show("enable_memoize")).isEqualTo("off");
  }

  @Test
  void connectionsReadResultsThroughTheLargeBuffer() throws Exception {
    // A result of about 200 KB, as several pages of posts: it arrives whole and in order.
    String big = database.jdbi().withHandle(h -> {
      return h.createQuery("select string_agg(lpad(i::text, 8, '0'), '') from generate_series(1, 25000) i")
          .mapTo(String.class).one();
    });
    var pool = (com.zaxxer.hikari.HikariDataSource) database.dataSource();
    assertThat(pool.getDataSourceProperties().getProperty("socketFactory"))
        .isEqualTo(BufferedSocketFactory.class.getName());
    assertThat(big).hasSize(200_000).startsWith("0000000100000002").endsWith("00024999" + "00025000");
  }

  @Test
  void bindsSendEachValueWithItsType() {
    var values = Map.<String, Object>of("t", OffsetDateTime.parse("2026-11-23T04:37:48.367Z"), "i", 7, "d", 0.5,
        "b", true);
    String types = database.jdbi().withHandle(h -> {
      var q = h.createQuery("select pg_typeof(:t) || ',' || pg_typeof(:i) || ',' || pg_typeof(:d) || ','"
          + " || pg_typeof(:b) || ',' || (:t = timestamptz '2026-11-23 04:37:48.367+00')");
      Binds.all(q, values);
      return q.mapTo(String.class).one();
    });
    assertThat(types).isEqualTo("timestamp with time zone,integer,double precision,boolean,true");
  }

  // DirectQuery, the JDBI-free read path: named parameters as JDBI reads them, the same binds.

  @Test
  void namedParametersBecomePositionsOutsideQuotesCommentsAndCasts() {
    var p = DirectQuery.Positional.of("""
        select a::text, ':not_a' || "col:x" -- it's :not_b either
        from t where b = :first and c = any(:ids) and d = :first and e = cast(:e_2 as int)""");
    assertThat(p.names()).containsExactly("first", "ids", "first", "e_2");
    assertThat(p.sql()).isEqualTo("""
        select a::text, ':not_a' || "col:x" -- it's :not_b either
        from t where b = ? and c = any(?) and d = ? and e = cast(? as int)""");
  }

  @Test
  void eachValueIsBoundWithItsTypeAndRowsComeFromTheReader() {
    Map<String, Object> binds = new HashMap<>(Map.of("t", OffsetDateTime.parse("2026-11-23T04:37:48.367Z"), "i", 7,
        "l", 9_000_000_000L, "d", 0.5, "b", true, "s", "text", "a", new Integer[] {3, 1, 2}));
    binds.put("n", null);
    List<String> rows = database.jdbi().withHandle(h -> DirectQuery.list(h, """
            select pg_typeof(:t) || ',' || pg_typeof(:i) || ',' || pg_typeof(:l) || ',' || pg_typeof(:d) || ','
                   || pg_typeof(:b) || ',' || pg_typeof(:a) || ',' || (:t = timestamptz '2026-11-23 04:37:48.367+00')
                   || ',' || (cast(:n as int) is null) || ',' || :s || ',' || x as v
            from unnest(cast(:a as int[])) x order by x""", binds, (rs, sql) -> {
          int v = rs.findColumn("v");
          return r -> r.getString(v);
        }));
    String types = "timestamp with time zone,integer,bigint,double precision,boolean,integer[],true,true,text,";
    assertThat(rows).containsExactly(types + 1, types + 2, types + 3);
  }

  @Test
  void aMissingValueOrABadStatementIsAnError() {
    assertThatThrownBy(() -> database.jdbi().withHandle(h -> DirectQuery.list(h, "select :x", Map.of(),
        (rs, sql) -> r -> 1))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(":x");
    assertThatThrownBy(() -> database.jdbi().withHandle(h -> DirectQuery.list(h, "select nope", Map.of(),
        (rs, sql) -> r -> 1))).isInstanceOf(UnableToExecuteStatementException.class);
  }

  @Test
  void firstTestAndUpdateReadOneRowOneBooleanAndACount() {
    database.jdbi().useHandle(h -> {
      h.execute("create temporary table direct (id int primary key, v text)"); // this connection's own
      assertThat(DirectQuery.update(h, "insert into direct values (:i, :v), (:i + 1, :v) on conflict do nothing",
          Map.of("i", 1, "v", "a"))).isEqualTo(2);
      assertThat(DirectQuery.update(h, "insert into direct values (:i, :v) on conflict do nothing",
          Map.of("i", 1, "v", "b"))).isZero();
      RowReader.Factory<String> v = (rs, sql) -> r -> r.getInt("id") + r.getString("v");
      assertThat(DirectQuery.first(h, "select * from direct where id >= :i order by id", Map.of("i", 2), v))
          .contains("2a");
      assertThat(DirectQuery.first(h, "select * from direct where id = :i", Map.of("i", 9), v)).isEmpty();
      assertThat(DirectQuery.test(h, "select exists (select 1 from direct where v = :v)", Map.of("v", "a"))).isTrue();
      assertThat(DirectQuery.test(h, "select exists (select 1 from direct where v = :v)", Map.of("v", "b"))).isFalse();
      Map<String, Object> none = new HashMap<>();
      none.put("s", null);
      assertThat(DirectQuery.update(h, "update direct set v = coalesce(cast(:s as text), 'n') where id = 1", none))
          .isEqualTo(1);
      assertThat(DirectQuery.test(h, "select v = 'n' from direct where id = 1", Map.of())).isTrue();
      assertThat(DirectQuery.test(h, "select pg_typeof(:s)::text = 'smallint'", Map.of("s", (short) 1))).isTrue();
    });
  }
}
