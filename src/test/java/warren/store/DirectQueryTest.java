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

/** The JDBI-free read path: named parameters as JDBI reads them, typed binds, rows by reader. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DirectQueryTest {
  private Database database;

  @BeforeAll
  void open(@TempDir Path dir) {
    database = Database.open(Optional.of(TestPostgres.get().newDatabase()), dir, 2);
  }

  @AfterAll
  void close() {
    database.close();
  }

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
}
