package warren.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * The PostgreSQL 17 that Warren runs by default, with its data under {@code <data_dir>/postgres}
 * so that a restart keeps everything. It listens on loopback only, on a free port.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {
  private static final Logger LOG = Logger.getLogger(EmbeddedPostgresServer.class.getName());
  private static final String DATABASE = "warren";

  private final EmbeddedPostgres postgres;

  private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
    this.postgres = postgres;
  }

  /** A durable server: every commit reaches the disk before it is acknowledged. */
  public static EmbeddedPostgresServer start(Path dataDir) {
    return start(dataDir, true);
  }

  /**
   * {@code durable = false} is for throw-away data only (tests): the library's own defaults, which
   * turn fsync and synchronous commit off, so a crash of the machine may lose or corrupt it.
   */
  public static EmbeddedPostgresServer start(Path dataDir, boolean durable) {
    Path pgData = dataDir.resolve("postgres");
    // A free port can be taken by another server between our check and PostgreSQL's bind; then
    // our server does not start, and the start-up check may even reach the other one. Such a
    // start is recognized by the data directory the server reports, and retried on a new port.
    IllegalStateException last = null;
    for (int attempt = 1; attempt <= 5; attempt++) {
      try {
        return startOnce(dataDir, pgData, durable);
      } catch (PortTakenException e) {
        last = e;
        LOG.warning("embedded PostgreSQL could not use its port; trying another (" + attempt + ")");
      }
    }
    throw last;
  }

  private static final class PortTakenException extends IllegalStateException {
    PortTakenException(String message) {
      super(message);
    }
  }

  private static EmbeddedPostgresServer startOnce(Path dataDir, Path pgData, boolean durable) {
    try {
      Files.createDirectories(dataDir);
      stopOrphanedServer(pgData);
      EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
      if (durable) {
        // The library starts PostgreSQL with -F (no fsync) and synchronous_commit off, made for
        // tests: a power cut could then lose acknowledged writes (outbox rows included) or damage
        // the data directory. A later -c on the command line overrides -F.
        builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on");
      }
      EmbeddedPostgres pg = builder
          .setDataDirectory(pgData)
          .setCleanDataDirectory(false)
          .setPort(freePort())
          .setPGStartupWait(Duration.ofSeconds(60))
          // Sized for a single node: durable by default, with room for a worker pool per core.
          .setServerConfig("max_connections", "200")
          .setServerConfig("shared_buffers", "128MB")
          .setServerConfig("listen_addresses", "127.0.0.1")
          .start();
      var server = new EmbeddedPostgresServer(pg);
      if (!server.servesDataDirectory(pgData)) {
        server.close();
        throw new PortTakenException("the server on port " + server.port() + " is not ours");
      }
      server.createDatabaseIfMissing();
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException("could not start the embedded PostgreSQL in " + pgData, e);
    }
  }

  public String jdbcUrl() {
    return postgres.getJdbcUrl("postgres", DATABASE);
  }

  public String jdbcUrl(String database) {
    return postgres.getJdbcUrl("postgres", database);
  }

  public int port() {
    return postgres.getPort();
  }

  /** A connection to the maintenance database, for creating and dropping databases. */
  public Connection adminConnection() throws SQLException {
    return postgres.getPostgresDatabase().getConnection();
  }

  private boolean servesDataDirectory(Path pgData) {
    try (Connection c = adminConnection(); var q = c.createStatement()) {
      var rs = q.executeQuery("show data_directory");
      rs.next();
      return Files.isSameFile(Path.of(rs.getString(1)), pgData);
    } catch (SQLException | IOException e) {
      return false;
    }
  }

  private void createDatabaseIfMissing() {
    try (Connection c = adminConnection();
         var check = c.prepareStatement("select 1 from pg_database where datname = ?")) {
      check.setString(1, DATABASE);
      if (!check.executeQuery().next()) {
        try (var create = c.createStatement()) {
          create.execute("create database " + DATABASE + " encoding 'UTF8' template template0");
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not create the " + DATABASE + " database", e);
    }
  }

  /**
   * After a hard kill of Warren the postmaster it started keeps running and holds the data
   * directory, so the next start would fail. Stop it first, as its owner.
   */
  private static void stopOrphanedServer(Path pgData) throws IOException {
    Path pidFile = pgData.resolve("postmaster.pid");
    if (!Files.exists(pidFile)) return;
    List<String> lines = Files.readAllLines(pidFile);
    if (lines.isEmpty()) return;
    long pid;
    try {
      pid = Long.parseLong(lines.getFirst().trim());
    } catch (NumberFormatException e) {
      return;
    }
    var handle = ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
        .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false));
    if (handle.isEmpty()) return;
    LOG.warning("Stopping a PostgreSQL left running by an earlier Warren (pid " + pid + ")");
    ProcessHandle h = handle.get();
    h.destroy();
    try {
      h.onExit().get(20, TimeUnit.SECONDS);
    } catch (Exception e) {
      h.destroyForcibly();
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  @Override
  public void close() {
    try {
      postgres.close();
    } catch (IOException e) {
      LOG.warning("embedded PostgreSQL did not stop cleanly: " + e.getMessage());
    }
  }
}
