package warren.app;

import io.helidon.webserver.WebServer;
import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import warren.http.RateLimitFilter;
import warren.http.RateLimiter;
import warren.store.Database;

/** One running Warren: database, services, web server and scheduled jobs. */
public final class Warren implements AutoCloseable {
  private static final Logger LOG = Logger.getLogger(Warren.class.getName());

  private final Database database;
  private final Services services;
  private final WebServer server;
  private final ScheduledExecutorService scheduler;

  private Warren(Database database, Services services, WebServer server, ScheduledExecutorService scheduler) {
    this.database = database;
    this.services = services;
    this.server = server;
    this.scheduler = scheduler;
  }

  public static Warren start(Settings settings) {
    long t0 = System.nanoTime();
    Database db = Database.open(settings.databaseUrl(), settings.dataDir(), 20);
    try {
      Services services = Services.wire(settings, db);
      RateLimiter limiter = new RateLimiter(services.sites().local().rateLimit());
      services.sites().onRateLimitChange(limiter::update);

      WebServer server = WebServer.builder()
          .host(settings.bind())
          .port(settings.port())
          .maxPayloadSize(4L << 20)
          .routing(ApiRoutes.build(services, new RateLimitFilter(limiter, Clock.systemUTC())))
          .build()
          .start();

      ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(Thread.ofVirtual().factory());
      scheduler.scheduleAtFixedRate(guard("rate limit cleanup",
          () -> limiter.removeFullBuckets(System.currentTimeMillis() / 1000)), 2, 2, TimeUnit.MINUTES);
      // Other nodes may change the limits; pick those edits up within a minute.
      scheduler.scheduleAtFixedRate(guard("rate limit reload",
          () -> limiter.update(services.sites().local().rateLimit())), 1, 1, TimeUnit.MINUTES);
      scheduler.scheduleWithFixedDelay(guard("rank refresh", services.rankRefresher()::refreshRanks),
          1, 5, TimeUnit.MINUTES);
      scheduler.scheduleWithFixedDelay(guard("active users", services.rankRefresher()::refreshActiveUsers),
          0, 1, TimeUnit.HOURS);
      // Lemmy keeps received activity ids a week; older ones cannot come back as repeats.
      scheduler.scheduleWithFixedDelay(guard("received activity pruning", () -> services.inbound().inbox().prune()),
          10, 60 * 6, TimeUnit.MINUTES);

      LOG.info(() -> "Warren is serving " + settings.origin() + " on " + settings.bind() + ":" + server.port()
          + " (started in " + (System.nanoTime() - t0) / 1_000_000 + " ms)");
      return new Warren(db, services, server, scheduler);
    } catch (RuntimeException e) {
      db.close();
      throw e;
    }
  }

  /** A scheduled job that logs its failure instead of silently cancelling all later runs. */
  private static Runnable guard(String name, Runnable job) {
    return () -> {
      try {
        job.run();
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, name + " failed; it runs again at its next turn", e);
      }
    };
  }

  public int port() {
    return server.port();
  }

  public Database database() {
    return database;
  }

  public Services services() {
    return services;
  }

  @Override
  public void close() {
    scheduler.shutdownNow();
    server.stop();
    services.background().shutdownNow();
    database.close();
  }
}
