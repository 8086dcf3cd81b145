package warren.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;
import warren.store.Database;
import warren.store.EmbeddedPostgresServer;

/**
 * One real PostgreSQL for the whole test run. The schema is migrated once into a template
 * database; each test class gets its own copy, which PostgreSQL makes in milliseconds.
 */
public final class TestPostgres {
  private static final String TEMPLATE = "warren_template";
  private static final AtomicInteger COUNTER = new AtomicInteger();
  private static TestPostgres instance;

  private final EmbeddedPostgresServer server;

  private TestPostgres(EmbeddedPostgresServer server) {
    this.server = server;
  }

  public static synchronized TestPostgres get() {
    if (instance == null) {
      if ("root".equals(System.getProperty("user.name")) && isReallyRoot()) {
        throw new IllegalStateException("PostgreSQL refuses to run as root: run the tests with ./warren test");
      }
      Path dir = Path.of("target", "test-postgres").toAbsolutePath();
      Dirs.deleteRecursively(dir);
      EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dir, false);
      instance = new TestPostgres(server);
      instance.createTemplate();
      Runtime.getRuntime().addShutdownHook(new Thread(server::close));
    }
    return instance;
  }

  /** A fresh, migrated database; returns its JDBC URL. */
  public String newDatabase() {
    String name = "test_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
    execute("create database " + name + " template " + TEMPLATE);
    return server.jdbcUrl(name) ;
  }

  public DataSource dataSource(String jdbcUrl) {
    var ds = new PGSimpleDataSource();
    ds.setUrl(jdbcUrl);
    return ds;
  }

  private void createTemplate() {
    execute("create database " + TEMPLATE + " encoding 'UTF8' template template0");
    Database.migrate(dataSource(server.jdbcUrl(TEMPLATE)));
  }

  private void execute(String sql) {
    try (var c = server.adminConnection(); var s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  /** Inside `unshare -U` the user name still reads root, but the uid is not 0. */
  private static boolean isReallyRoot() {
    try {
      return Files.readAllLines(Path.of("/proc/self/status")).stream()
          .filter(l -> l.startsWith("Uid:")).anyMatch(l -> l.split("\\s+")[1].equals("0"));
    } catch (IOException e) {
      return false;
    }
  }
}
