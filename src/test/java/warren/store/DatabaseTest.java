package warren.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import warren.testing.TestPostgres;

/** Warren's connections plan as the read views need, and values bind with their own types. */
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
}
