package warren.federation.outbox;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.LongSupplier;
import org.jdbi.v3.core.Jdbi;
import warren.app.SettingsLoader;
import warren.store.Database;
import warren.support.crypto.RsaKeys;
import warren.support.web.AddressGuard;
import warren.testing.CpuMeter;
import warren.testing.Dirs;
import warren.testing.OpensslRsa;

/**
 * The outbox benchmark (bench/outbox, documented in bench/README.md): signed deliveries per
 * second from one node to fake sites on 127.0.0.1 that answer 200 at once, against the RSA-2048
 * signing floor of the same machine, then the same with one site hanging, for its effect on the
 * others and on memory. Production delivery settings; the embedded PostgreSQL under
 * {@code target/bench-outbox}, made anew each run.
 */
public final class OutboxBenchmark {
  private static final String ORIGIN = "https://warren.bench";
  private static final URI ACTOR = URI.create(ORIGIN + "/u/bench_sender");
  private static final String FILLER = "Lorem ipsum dolor sit amet, consectetur adipiscing elit. ".repeat(20);

  private final Jdbi jdbi;
  private final Path dataDir;
  private final Outbox outbox = new Outbox(ORIGIN);
  private final OutboxSettings settings = OutboxSettings.from(SettingsLoader.load(Optional.empty(), Map.of()));

  private OutboxBenchmark(Jdbi jdbi, Path dataDir) {
    this.jdbi = jdbi;
    this.dataDir = dataDir;
  }

  public static void main(String[] args) throws Exception {
    int sites = Integer.parseInt(System.getProperty("bench.sites", "20"));
    int activities = Integer.parseInt(System.getProperty("bench.activities", "2000"));
    int steadySeconds = Integer.parseInt(System.getProperty("bench.steady_seconds", "60"));
    int steadyRate = Integer.parseInt(System.getProperty("bench.steady_rate", "40"));
    Path dataDir = Path.of("target", "bench-outbox").toAbsolutePath();
    Dirs.deleteRecursively(dataDir);
    try (Database db = Database.open(Optional.empty(), dataDir, 20)) {
      var bench = new OutboxBenchmark(db.jdbi(), dataDir);
      PrivateKey key = bench.createActor();
      bench.signingFloor(key);
      bench.warmUp(sites, Math.max(100, activities / 5));
      bench.throughput(sites, activities);
      bench.oneSiteHanging(sites, activities);
      bench.steadyWithOneSiteHanging(sites, steadyRate, steadySeconds);
    }
    System.exit(0);
  }

  private static void say(String line) {
    System.out.println(line);
  }

  private PrivateKey createActor() {
    RsaKeys.PemPair keys = RsaKeys.generate();
    OutboxRig.insertLocalPerson(jdbi, ACTOR, keys);
    return SigningKeys.parsePkcs8(keys.privatePem());
  }

  /** (b) RSA-2048 signatures per second: openssl on one core, and the JDK on one and two threads. */
  private void signingFloor(PrivateKey key) throws Exception {
    say("== RSA-2048 signing floor (this machine, this run)");
    opensslSignsPerSecond = OpensslRsa.measure(5).signsPerSecond();
    say(String.format("openssl speed rsa2048, 1 core: %.0f sign/s", opensslSignsPerSecond));
    for (int threads : new int[] {1, 2}) {
      say(String.format("JDK SHA256withRSA, %d thread(s): %.0f sign/s", threads, jdkSigns(key, threads, 4)));
    }
  }

  private double opensslSignsPerSecond;

  private static double jdkSigns(PrivateKey key, int threads, int seconds) throws Exception {
    byte[] data = ("(request-target): post /inbox\ncontent-type: application/activity+json\n"
        + "date: Mon, 23 Nov 2026 07:00:00 GMT\ndigest: SHA-256=47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=\n"
        + "host: 127.0.0.1:40000").getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < 300; i++) sign(key, data); // warm-up for the JIT
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    var counts = new long[threads];
    List<Thread> running = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int slot = t;
      running.add(Thread.ofPlatform().start(() -> {
        while (System.nanoTime() < end) {
          sign(key, data);
          counts[slot]++;
        }
      }));
    }
    for (Thread t : running) t.join();
    long total = 0;
    for (long c : counts) total += c;
    return total / (double) seconds;
  }

  private static void sign(PrivateKey key, byte[] data) {
    try {
      Signature s = Signature.getInstance("SHA256withRSA");
      s.initSign(key);
      s.update(data);
      s.sign();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** The same as (a), smaller and not counted: the JIT compiles the delivery path first. */
  private void warmUp(int siteCount, int activities) throws Exception {
    say("");
    say("== warm-up: " + activities + " activities x " + siteCount + " sites, not counted");
    List<BenchInbox> sites = startSites(siteCount);
    try {
      fill(sites.stream().map(BenchInbox::inbox).toList(), activities);
      drain(() -> delivered(sites), (long) activities * siteCount, "warm-up");
    } finally {
      sites.forEach(BenchInbox::close);
      clear();
    }
  }

  /** (a) Deliveries per second to healthy sites: the queue filled first, then drained. */
  private void throughput(int siteCount, int activities) throws Exception {
    say("");
    say("== (a) throughput: " + activities + " activities x " + siteCount + " healthy sites = "
        + activities * siteCount + " signed deliveries, per site " + settings.perSite() + ", node limit "
        + settings.total());
    List<BenchInbox> sites = startSites(siteCount);
    try {
      fill(sites.stream().map(BenchInbox::inbox).toList(), activities);
      long expected = (long) activities * siteCount;
      double rate = drain(() -> delivered(sites), expected, "all sites");
      say(String.format("ratio to the openssl floor (1 core): %.2f", rate / opensslSignsPerSecond));
    } finally {
      sites.forEach(BenchInbox::close);
      clear();
    }
  }

  /** (c) One site hangs (accepts, never answers): do the others keep their rate? */
  private void oneSiteHanging(int siteCount, int activities) throws Exception {
    say("");
    say("== (c1) the same with one of the " + siteCount + " sites hanging (every request to it runs into the "
        + settings.requestTimeout().toSeconds() + " s timeout)");
    List<BenchInbox> sites = startSites(siteCount - 1);
    try (HangingSite hanging = new HangingSite()) {
      List<String> inboxes = new ArrayList<>(sites.stream().map(BenchInbox::inbox).toList());
      inboxes.add(hanging.inbox());
      fill(inboxes, activities);
      drain(() -> delivered(sites), (long) activities * (siteCount - 1), "the " + (siteCount - 1) + " healthy sites");
      say(String.format("hanging site: %d connections tried, %d deliveries waiting in the database",
          hanging.connections(), backlogOf(hanging.origin())));
    } finally {
      sites.forEach(BenchInbox::close);
      clear();
    }
  }

  /** (c) Memory over time while a site hangs and its backlog grows: the backlog stays in the database. */
  private void steadyWithOneSiteHanging(int siteCount, int activitiesPerSecond, int seconds) throws Exception {
    say("");
    say("== (c2) " + seconds + " s of " + activitiesPerSecond + " activities/s to " + siteCount
        + " sites, one hanging (offered: " + activitiesPerSecond * siteCount + " deliveries/s)");
    List<BenchInbox> sites = startSites(siteCount - 1);
    List<String> inboxes = new ArrayList<>(sites.stream().map(BenchInbox::inbox).toList());
    try (HangingSite hanging = new HangingSite();
        DeliveryWorkers workers = DeliveryWorkers.start(jdbi, outbox, settings, new AddressGuard(true), true,
            "Warren/bench")) {
      inboxes.add(hanging.inbox());
      say(String.format("%6s %12s %14s %16s %12s %10s %9s", "t (s)", "offered", "delivered (19)",
          "hanging backlog", "heap live", "RSS", "in flight"));
      long start = System.nanoTime();
      int sent = 0;
      long nextReport = 0;
      while (true) {
        long elapsed = System.nanoTime() - start;
        if (elapsed >= seconds * 1_000_000_000L) break;
        int due = (int) (elapsed * activitiesPerSecond / 1_000_000_000L);
        for (; sent < due; sent++) enqueue(inboxes, sent);
        if (elapsed >= nextReport) {
          memoryLine(elapsed, sent, sites, hanging, workers);
          nextReport += 10_000_000_000L;
        }
        Thread.sleep(5);
      }
      Thread.sleep(2000);
      memoryLine(System.nanoTime() - start, sent, sites, hanging, workers);
    } finally {
      sites.forEach(BenchInbox::close);
      clear();
    }
  }

  private void memoryLine(long elapsedNanos, int sent, List<BenchInbox> sites, HangingSite hanging,
      DeliveryWorkers workers) throws IOException {
    System.gc();
    long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    say(String.format("%6d %12d %14d %16d %9.1f MB %7.0f MB %9d", elapsedNanos / 1_000_000_000L,
        (long) sent * sites.size(), delivered(sites), backlogOf(hanging.origin()), heap / 1e6, rssBytes() / 1e6,
        workers.inFlight()));
  }

  private double drain(LongSupplier delivered, long expected, String what) throws Exception {
    long cpu0 = CpuMeter.jvmNanos();
    long pg0 = CpuMeter.postgresTicks(dataDir);
    long[] machine0 = CpuMeter.machineTicks();
    long t0 = System.nanoTime();
    long t10 = 0;
    long t90 = 0;
    try (DeliveryWorkers workers = DeliveryWorkers.start(jdbi, outbox, settings, new AddressGuard(true), true,
        "Warren/bench")) {
      long deadline = t0 + Duration.ofMinutes(10).toNanos();
      while (true) {
        long done = delivered.getAsLong();
        long now = System.nanoTime();
        if (t10 == 0 && done >= expected / 10) t10 = now;
        if (t90 == 0 && done >= expected * 9 / 10) t90 = now;
        if (done >= expected) break;
        if (now > deadline) throw new IllegalStateException("only " + done + " of " + expected + " delivered");
        Thread.sleep(20);
      }
      long t1 = System.nanoTime();
      double seconds = (t1 - t0) / 1e9;
      double rate = expected / seconds;
      double middle = (expected * 0.8) / ((t90 - t10) / 1e9);
      long[] machine1 = CpuMeter.machineTicks();
      double busy = 100.0 * (machine1[0] - machine0[0]) / Math.max(1, machine1[1] - machine0[1]);
      double ours = ((CpuMeter.jvmNanos() - cpu0) / 1e7 + (CpuMeter.postgresTicks(dataDir) - pg0)) / Math.max(1, machine1[0] - machine0[0]);
      say(String.format("%s: %d deliveries in %.1f s = %.0f deliveries/s (%.0f/s between 10%% and 90%%)",
          what, expected, seconds, rate, middle));
      long[] claims = workers.claimStats();
      say(String.format("claims: %d statements, %.1f deliveries each", claims[0], claims[1] / (double) Math.max(1, claims[0])));
      say(String.format("CPU per delivery: JVM (Warren + fake sites) %.2f ms, PostgreSQL %.2f ms; machine busy %.0f %% "
          + "of 2 cores, %.0f %% of that ours", (CpuMeter.jvmNanos() - cpu0) / 1e6 / expected, (CpuMeter.postgresTicks(dataDir) - pg0) * 10.0 / expected,
          busy, 100 * Math.min(1, ours)));
      return rate;
    }
  }

  private List<BenchInbox> startSites(int count) {
    List<BenchInbox> sites = new ArrayList<>();
    for (int i = 0; i < count; i++) sites.add(new BenchInbox());
    return sites;
  }

  private void fill(List<String> inboxes, int activities) {
    long t0 = System.nanoTime();
    for (int i = 0; i < activities; i++) enqueue(inboxes, i);
    double seconds = (System.nanoTime() - t0) / 1e9;
    say(String.format("enqueued %d activities (%d delivery rows) in %.1f s: %.0f activities/s, one transaction each",
        activities, activities * inboxes.size(), seconds, activities / seconds));
  }

  /** A Create{Note} of realistic size (~1.6 KB), about one of a thousand objects. */
  private void enqueue(List<String> inboxes, int n) {
    String id = ORIGIN + "/activities/create/" + UUID.randomUUID();
    String object = ORIGIN + "/comment/" + (n % 1000);
    String body = "{\"@context\":[\"https://join-lemmy.org/context.json\",\"https://www.w3.org/ns/activitystreams\"],"
        + "\"id\":\"" + id + "\",\"type\":\"Create\",\"actor\":\"" + ACTOR + "\",\"to\":[\"https://www.w3.org/ns/activitystreams#Public\"],"
        + "\"object\":{\"type\":\"Note\",\"id\":\"" + object + "\",\"content\":\"<p>" + FILLER + "</p>\"}}";
    List<Recipient> to = inboxes.stream().map(i -> Recipient.of(i, null)).toList();
    jdbi.useTransaction(h -> outbox.enqueue(h, new OutgoingActivity(URI.create(id), ACTOR, object, body, to)));
  }

  private static long delivered(List<BenchInbox> sites) {
    return sites.stream().mapToLong(BenchInbox::answered).sum();
  }

  private long backlogOf(String origin) {
    return jdbi.withHandle(h -> h.createQuery(
            "select count(*) from outbox_delivery d join outbox_site s on s.id = d.site_id where s.origin = :o")
        .bind("o", origin).mapTo(Long.class).one());
  }

  private void clear() {
    jdbi.useHandle(h -> h.execute("truncate outbox_delivery, sent_activity, outbox_site"));
  }

  private static long rssBytes() throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
      if (line.startsWith("VmRSS:")) return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
    }
    return 0;
  }
}
