package warren.app;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.http.HttpRouting;
import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import warren.api.v3.AdminApi;
import warren.api.v3.CommentApi;
import warren.api.v3.CommunityApi;
import warren.domain.comments.CommentListing;
import warren.domain.comments.Comments;
import warren.api.v3.PostApi;
import warren.api.v3.SiteMetadataApi;
import warren.support.web.AddressGuard;
import warren.domain.posts.OpenGraphLinkPreviews;
import warren.support.web.LinkMetadataFetcher;
import warren.support.web.SafeHttpClient;
import warren.domain.posts.PostListing;
import warren.domain.posts.Posts;
import warren.domain.ranking.RankRefresher;
import warren.domain.communities.Communities;
import warren.domain.communities.CommunityPermissions;
import warren.api.v3.SiteApi;
import warren.api.v3.UserApi;
import warren.domain.DomainException;
import warren.domain.Tx;
import warren.domain.accounts.AccountDeletion;
import warren.domain.accounts.AccountMail;
import warren.domain.accounts.AccountSettings;
import warren.domain.accounts.ActorUrls;
import warren.domain.accounts.Admins;
import warren.domain.accounts.Captchas;
import warren.domain.accounts.EmailVerification;
import warren.domain.accounts.Login;
import warren.domain.accounts.MyUser;
import warren.domain.accounts.PasswordChanges;
import warren.domain.accounts.PersonDetails;
import warren.domain.accounts.Registration;
import warren.domain.accounts.RegistrationApplications;
import warren.domain.accounts.Sessions;
import warren.domain.accounts.TwoFactor;
import warren.domain.site.FirstStart;
import warren.domain.site.SiteService;
import warren.http.ApiErrors;
import warren.http.Auth;
import warren.http.Cors;
import warren.http.RateLimitFilter;
import warren.http.RateLimiter;
import warren.store.Database;
import warren.store.Stores;
import warren.support.crypto.Jwts;
import warren.support.crypto.Passwords;
import warren.support.mail.LogMailer;
import warren.support.mail.Mailer;
import warren.support.mail.SmtpMailer;
import warren.web.HomePage;

/** One running Warren: database, services and web server, wired by hand. */
public final class Warren implements AutoCloseable {
  private static final Logger LOG = Logger.getLogger(Warren.class.getName());
  /** Lemmy's bcrypt cost. */
  static final int BCRYPT_COST = 12;

  private final Database database;
  private final WebServer server;
  private final ScheduledExecutorService scheduler;

  private Warren(Database database, WebServer server, ScheduledExecutorService scheduler) {
    this.database = database;
    this.server = server;
    this.scheduler = scheduler;
  }

  public static Warren start(Settings settings) {
    long t0 = System.nanoTime();
    Database db = Database.open(settings.databaseUrl(), settings.dataDir(), 20);
    try {
      Tx tx = new Tx(db.jdbi());
      Stores stores = Stores.create();
      Passwords passwords = new Passwords(BCRYPT_COST);
      String jwtSecret = new FirstStart(tx, stores, passwords).ensure(settings);
      Mailer mailer = settings.smtp().<Mailer>map(SmtpMailer::new).orElseGet(LogMailer::new);

      SiteService sites = new SiteService(tx, stores);
      Sessions sessions = new Sessions(tx, stores, new Jwts(jwtSecret, settings.hostname()));
      AccountMail mail = new AccountMail(stores, mailer, settings.origin(), settings.hostname());
      ActorUrls urls = new ActorUrls(settings.origin());
      AccountSettings accountSettings = new AccountSettings(tx, stores, sites, mail);
      Auth auth = new Auth(sessions);

      var userServices = new UserApi.Services(
          new Registration(tx, stores, sites, passwords, sessions, mail, urls),
          new Login(tx, stores, sites, passwords, sessions),
          sessions, accountSettings,
          new PasswordChanges(tx, stores, passwords, sessions, mail),
          new AccountDeletion(tx, stores, passwords),
          new EmailVerification(tx, stores),
          new TwoFactor(tx, stores, settings.hostname()),
          new Captchas(tx, stores, sites),
          new PersonDetails(tx, stores, settings.domain()),
          new MyUser(tx, stores, accountSettings));

      var permissions = new CommunityPermissions(stores);
      var communities = new Communities(tx, stores, sites, permissions, urls, settings.domain());

      var background = Executors.newVirtualThreadPerTaskExecutor();
      var metadata = new LinkMetadataFetcher(new SafeHttpClient(
          new AddressGuard(settings.federation().debug()), SafeHttpClient.userAgent(settings.origin())));
      var posts = new Posts(tx, stores, sites, permissions, new OpenGraphLinkPreviews(metadata), background,
          settings.origin());
      var postListing = new PostListing(tx, stores, sites, communities, permissions);

      var comments = new Comments(tx, stores, sites, permissions, settings.origin());
      var commentListing = new CommentListing(tx, stores, sites, communities);

      RateLimiter limiter = new RateLimiter(sites.local().rateLimit());
      sites.onRateLimitChange(limiter::update);
      RateLimitFilter rateLimits = new RateLimitFilter(limiter, Clock.systemUTC());

      HttpRouting.Builder routing = HttpRouting.builder()
          .addFilter(Cors::filter)
          .addFilter(rateLimits::filter)
          .addFilter((chain, req, res) -> {
            // As Lemmy: signed-in answers are private, anonymous ones may be cached for a minute.
            res.header(HeaderNames.CACHE_CONTROL, Auth.token(req).isPresent() ? "private" : "public, max-age=60");
            chain.proceed();
          })
          .register("/api/v3", new SiteApi(sites, userServices.myUser(), auth))
          .register("/api/v3", new UserApi(userServices, auth))
          .register("/api/v3", new AdminApi(new RegistrationApplications(tx, stores, mail), new Admins(tx, stores), auth))
          .register("/api/v3", new CommunityApi(communities, auth))
          .register("/api/v3", new PostApi(posts, postListing, auth))
          .register("/api/v3", new SiteMetadataApi(metadata, auth))
          .register("/api/v3", new CommentApi(comments, commentListing, auth))
          .register("/", new HomePage(sites))
          .error(DomainException.class, ApiErrors::domain)
          .error(io.helidon.http.HttpException.class, ApiErrors::http)
          .error(Exception.class, ApiErrors::unexpected);

      WebServer server = WebServer.builder()
          .host(settings.bind())
          .port(settings.port())
          .maxPayloadSize(4L << 20)
          .routing(routing)
          .build()
          .start();

      ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(Thread.ofVirtual().factory());
      scheduler.scheduleAtFixedRate(() -> limiter.removeFullBuckets(System.currentTimeMillis() / 1000),
          2, 2, TimeUnit.MINUTES);
      // Other nodes may change the limits; pick those edits up within a minute.
      scheduler.scheduleAtFixedRate(() -> limiter.update(sites.local().rateLimit()), 1, 1, TimeUnit.MINUTES);

      var refresher = new RankRefresher(tx, stores.ranks());
      scheduler.scheduleWithFixedDelay(guard("rank refresh", refresher::refreshRanks), 1, 5, TimeUnit.MINUTES);
      scheduler.scheduleWithFixedDelay(guard("active users", refresher::refreshActiveUsers), 0, 1, TimeUnit.HOURS);

      LOG.info(() -> "Warren is serving " + settings.origin() + " on " + settings.bind() + ":" + server.port()
          + " (started in " + (System.nanoTime() - t0) / 1_000_000 + " ms)");
      return new Warren(db, server, scheduler);
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
        LOG.log(java.util.logging.Level.WARNING, name + " failed; it runs again at its next turn", e);
      }
    };
  }

  public int port() {
    return server.port();
  }

  public Database database() {
    return database;
  }

  @Override
  public void close() {
    scheduler.shutdownNow();
    server.stop();
    database.close();
  }
}
