package warren.app;

import io.helidon.webserver.WebServer;
import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import warren.federation.outbox.DeliveryWorkers;
import warren.federation.outbox.OutboxMaintenance;
import warren.federation.outbox.OutboxSettings;
import warren.http.RateLimitFilter;
import warren.http.RateLimiter;
import warren.store.Database;
import warren.support.web.AddressGuard;
import warren.support.web.SafeHttpClient;

/** One running Warren: database, services, web server and scheduled jobs. */
public final class Warren implements AutoCloseable {
  private static final Logger LOG = Logger.getLogger(Warren.class.getName());

  private final Database database;
  private final Services services;
  private final WebServer server;
  private final ScheduledExecutorService scheduler;
  private final DeliveryWorkers delivery;

  private Warren(Database database, Services services, WebServer server, ScheduledExecutorService scheduler,
      DeliveryWorkers delivery) {
    this.database = database;
    this.services = services;
    this.server = server;
    this.scheduler = scheduler;
    this.delivery = delivery;
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

      // The outbox: delivery workers (unless this node leaves them to others) and its upkeep.
      var outboxSettings = OutboxSettings.from(settings);
      var addressGuard = new AddressGuard(settings.federation().debug());
      String userAgent = SafeHttpClient.userAgent(settings.origin());
      var outboxUpkeep = new OutboxMaintenance(db.jdbi(), outboxSettings, addressGuard, userAgent);
      DeliveryWorkers delivery = settings.federation().delivery().workers()
          ? DeliveryWorkers.start(db.jdbi(), services.outbox(), outboxSettings, addressGuard,
              settings.federation().debug(), userAgent)
          : null;
      scheduler.scheduleWithFixedDelay(guard("sent activity pruning", outboxUpkeep::pruneSentActivities),
          10, 60, TimeUnit.MINUTES);
      scheduler.scheduleWithFixedDelay(guard("dead site probes", () -> {
        outboxUpkeep.probeDeadSites();
        outboxUpkeep.dropBacklogOfDeadSites();
      }), 1, 1, TimeUnit.MINUTES);

      LOG.info(() -> "Warren is serving " + settings.origin() + " on " + settings.bind() + ":" + server.port()
          + " (started in " + (System.nanoTime() - t0) / 1_000_000 + " ms)");
      return new Warren(db, services, server, scheduler, delivery);
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

  /**
   * Stops the periodic jobs (rank refresh, pruning, probes) ahead of {@link #close}. Benchmarks
   * do, so that a five-minute job cannot land inside a measurement of requests.
   */
  public void stopScheduledJobs() {
    scheduler.shutdown(); // a job already running finishes; no later run starts
  }

  @Override
  public void close() {
    scheduler.shutdownNow();
    server.stop();
    if (delivery != null) delivery.close();
    services.background().shutdownNow();
    database.close();
  }
}
