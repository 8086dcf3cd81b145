package warren.testing;

import java.nio.file.Path;
import java.util.Optional;
import warren.app.Settings;
import warren.app.Warren;

/**
 * A real Warren on its own fresh database and a free port, for one test class. The admin is
 * created by first-start setup, as an admin would configure it.
 */
public final class TestSite implements AutoCloseable {
  public static final String ADMIN = "site_admin";
  public static final String ADMIN_PASSWORD = "admin-password-1";
  public static final String HOSTNAME = "warren.test";

  private final Warren warren;
  private final String jdbcUrl;
  private final String hostname;
  private final String bind;

  private TestSite(Warren warren, String jdbcUrl, String hostname, String bind) {
    this.warren = warren;
    this.jdbcUrl = jdbcUrl;
    this.hostname = hostname;
    this.bind = bind;
  }

  /** A site with a configured admin; federation debug on, which also lifts rate limits to 999. */
  public static TestSite start() {
    return start(true);
  }

  public static TestSite start(boolean withAdmin) {
    return start(withAdmin, HOSTNAME, 0, "127.0.0.1");
  }

  /**
   * A site of its own name for federation tests: bound to {@code loopback} (any of 127/8) on a
   * free port, with {@code address:port} as its host name, so that each site's actors and
   * activities carry their own domain and reach the others over real HTTP.
   */
  public static TestSite federating(String loopback) {
    int port;
    try (var probe = new java.net.ServerSocket(0, 1, java.net.InetAddress.getByName(loopback))) {
      port = probe.getLocalPort();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return start(true, loopback + ":" + port, port, loopback);
  }

  private static TestSite start(boolean withAdmin, String hostname, int port, String bind) {
    String url = TestPostgres.get().newDatabase();
    Settings settings = new Settings(hostname, port, bind, Optional.of(url), Path.of("target", "test-data"),
        withAdmin ? Optional.of(new Settings.Setup(ADMIN, ADMIN_PASSWORD, "Warren Test", Optional.empty()))
            : Optional.empty(),
        new Settings.Federation(true, true), Optional.empty());
    return new TestSite(Warren.start(settings), url, hostname, bind);
  }

  /**
   * Another node of this site: a second Warren on the same database, under the same host name,
   * as a big site runs several behind one address.
   */
  public TestSite anotherNode() {
    Settings settings = new Settings(hostname, 0, bind, Optional.of(jdbcUrl), Path.of("target", "test-data"),
        Optional.empty(), new Settings.Federation(true, true), Optional.empty());
    return new TestSite(Warren.start(settings), jdbcUrl, hostname, bind);
  }

  public String baseUrl() {
    return "http://" + bind + ":" + warren.port();
  }

  /** The site's origin, {@code http://host[:port]}: the prefix of its ActivityPub ids. */
  public String origin() {
    return "http://" + hostname;
  }

  public ApiClient anonymous() {
    return new ApiClient(baseUrl(), null);
  }

  public ApiClient admin() {
    return anonymous().login(ADMIN, ADMIN_PASSWORD);
  }

  /** Direct SQL, for setting up state and reading what a test cannot see through the API. */
  public org.jdbi.v3.core.Jdbi sql() {
    return warren.database().jdbi();
  }

  public String jdbcUrl() {
    return jdbcUrl;
  }

  /** The domain services, for what the web UI calls and API v3 does not reach. */
  public warren.app.Services services() {
    return warren.services();
  }

  /** Runs the rank refresh now, as the scheduler would. */
  public warren.domain.ranking.RankRefresher.Result refreshRanks() {
    var refresher = warren.services().rankRefresher();
    refresher.refreshActiveUsers();
    return refresher.refreshRanks();
  }

  @Override
  public void close() {
    warren.close();
  }
}
