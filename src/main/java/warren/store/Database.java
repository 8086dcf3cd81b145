package warren.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.postgres.PostgresPlugin;

/** The connection pool, schema migrations and JDBI handle, over an embedded or external PostgreSQL. */
public final class Database implements AutoCloseable {
  private final HikariDataSource dataSource;
  private final Jdbi jdbi;
  private final Optional<EmbeddedPostgresServer> embedded;
  private final java.util.List<ChannelListener> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();

  private Database(HikariDataSource dataSource, Optional<EmbeddedPostgresServer> embedded) {
    this.dataSource = dataSource;
    this.embedded = embedded;
    this.jdbi = Jdbi.create(dataSource).installPlugin(new PostgresPlugin());
    Rows.register(jdbi);
  }

  /** Opens the database named by {@code databaseUrl}, or starts the embedded one, and migrates it. */
  public static Database open(Optional<String> databaseUrl, java.nio.file.Path dataDir, int poolSize) {
    Optional<EmbeddedPostgresServer> embedded = Optional.empty();
    HikariConfig config = new HikariConfig();
    if (databaseUrl.isPresent()) {
      applyUrl(config, databaseUrl.get());
    } else {
      EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDir);
      embedded = Optional.of(server);
      config.setJdbcUrl(server.jdbcUrl());
    }
    config.setMaximumPoolSize(poolSize);
    config.setPoolName("warren");
    config.setConnectionTimeout(10_000);
    // The read views join six tables over a post table with an index per sort; planning them
    // costs several times their execution. Statements are prepared on the server from their first
    // use and keep one generic plan, which for these keyset queries is the same plan. Values that
    // decide a plan (a Top sort's time window) are written into the SQL text, not bound.
    // A generic plan does not know its keyset values, so it expects a page's scan to yield tens of
    // thousands of rows and puts a Memoize (a hash table built per execution) in front of each
    // joined lookup, for the twenty rows a page has: it cost the front page's statement 40 % more
    // than the same plan without (bench/README.md, session 5).
    config.addDataSourceProperty("prepareThreshold", "1");
    // Booleans come as text unless asked for: a page of posts has 300 of them.
    config.addDataSourceProperty("binaryTransferEnable", "BOOL");
    config.addDataSourceProperty("options", "-c plan_cache_mode=force_generic_plan -c enable_memoize=off");
    // Results of tens of kilobytes come in one read, not in the driver's 8 KB pieces; a
    // socketFactory given in the database URL takes precedence.
    config.addDataSourceProperty("socketFactory", BufferedSocketFactory.class.getName());
    config.setMinimumIdle(2);
    HikariDataSource ds = new HikariDataSource(config);
    migrate(ds);
    return new Database(ds, embedded);
  }

  public static void migrate(DataSource ds) {
    Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
  }

  /** Accepts Lemmy's {@code postgres://user:pass@host:port/db} form as well as a JDBC URL. */
  static void applyUrl(HikariConfig config, String url) {
    if (url.startsWith("jdbc:")) {
      config.setJdbcUrl(url);
      return;
    }
    URI uri = URI.create(url);
    String host = uri.getHost() == null ? "localhost" : uri.getHost();
    int port = uri.getPort() == -1 ? 5432 : uri.getPort();
    String path = uri.getRawPath() == null || uri.getRawPath().length() <= 1 ? "/postgres" : uri.getRawPath();
    config.setJdbcUrl("jdbc:postgresql://" + host + ":" + port + path
        + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
    if (uri.getRawUserInfo() != null) {
      String[] parts = uri.getRawUserInfo().split(":", 2);
      config.setUsername(URLDecoder.decode(parts[0], StandardCharsets.UTF_8));
      if (parts.length == 2) config.setPassword(URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
    }
  }

  /** The port of the embedded PostgreSQL, when it is the embedded one (for tools such as pgbench). */
  public Optional<Integer> embeddedPort() {
    return embedded.map(EmbeddedPostgresServer::port);
  }

  public Jdbi jdbi() {
    return jdbi;
  }

  public DataSource dataSource() {
    return dataSource;
  }

  /** Starts listening on a NOTIFY channel; stops when this database closes. */
  public ChannelListener listen(String channel, ChannelListener.Receiver receiver) {
    ChannelListener l = new ChannelListener(this::connectOutsidePool, channel, receiver);
    listeners.add(l);
    l.start();
    return l;
  }

  /** A connection with the pool's settings that the pool does not own. */
  private java.sql.Connection connectOutsidePool() throws java.sql.SQLException {
    java.util.Properties props = new java.util.Properties();
    props.putAll(dataSource.getDataSourceProperties());
    if (dataSource.getUsername() != null) props.setProperty("user", dataSource.getUsername());
    if (dataSource.getPassword() != null) props.setProperty("password", dataSource.getPassword());
    return java.sql.DriverManager.getConnection(dataSource.getJdbcUrl(), props);
  }

  @Override
  public void close() {
    listeners.forEach(ChannelListener::close);
    dataSource.close();
    embedded.ifPresent(EmbeddedPostgresServer::close);
  }
}
