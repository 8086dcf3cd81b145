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

  private TestSite(Warren warren, String jdbcUrl) {
    this.warren = warren;
    this.jdbcUrl = jdbcUrl;
  }

  /** A site with a configured admin; federation debug on, which also lifts rate limits to 999. */
  public static TestSite start() {
    return start(true);
  }

  public static TestSite start(boolean withAdmin) {
    String url = TestPostgres.get().newDatabase();
    Settings settings = new Settings(HOSTNAME, 0, "127.0.0.1", Optional.of(url), Path.of("target", "test-data"),
        withAdmin ? Optional.of(new Settings.Setup(ADMIN, ADMIN_PASSWORD, "Warren Test", Optional.empty()))
            : Optional.empty(),
        new Settings.Federation(true, true), Optional.empty());
    return new TestSite(Warren.start(settings), url);
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + warren.port();
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
