package warren.federation.inbox;

import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import warren.app.Settings;
import warren.app.Warren;
import warren.federation.inbox.VotePlan.Item;
import warren.testing.ApiClient;
import warren.testing.CpuMeter;
import warren.testing.Dirs;
import warren.testing.OpensslRsa;

/**
 * The inbound federation benchmark (bench/inbox, documented in bench/README.md): signed votes per
 * second that a real Warren verifies, deduplicates and applies, sent over real HTTP to its shared
 * inbox by fake sites on 50 loopback addresses whose people's keys Warren fetches as it would a
 * real peer's; then a check in the database that each vote was applied exactly once. The target
 * of issue 6 is 1,000 activities/s; openssl's RSA-2048 verify rate on one core is shown beside.
 */
public final class InboxBenchmark {
  private static final double TARGET = 1_000;
  private static final String ADMIN = "bench_admin";
  private static final String PASSWORD = "bench-password-1";

  /** What bench/inbox passes as {@code -Dbench.*} properties. */
  private record Config(int sites, int perSite, int votes, int connections, int posts, int comments, int authors,
      int warmUpVotes, double undoShare, double repeatShare) {
    static Config fromProperties() {
      return new Config(Integer.getInteger("bench.sites", 50), Integer.getInteger("bench.people_per_site", 4),
          Integer.getInteger("bench.votes_per_person", 90), Integer.getInteger("bench.connections_per_site", 1),
          Integer.getInteger("bench.posts", 200), Integer.getInteger("bench.comments", 200),
          Integer.getInteger("bench.authors", 20),
          Integer.getInteger("bench.warmup_votes_per_person", 10),
          Double.parseDouble(System.getProperty("bench.undo_share", "0.1")),
          Double.parseDouble(System.getProperty("bench.repeat_share", "0.1")));
    }
  }

  private static final String COMMUNITY = "http://warren.bench/c/bench";

  private final Config config;
  private final Jdbi jdbi;
  private final Path dataDir;
  private final InetSocketAddress address;

  private InboxBenchmark(Config config, Warren warren, Path dataDir) {
    this.config = config;
    this.jdbi = warren.database().jdbi();
    this.dataDir = dataDir;
    this.address = new InetSocketAddress("127.0.0.1", warren.port());
  }

  public static void main(String[] args) throws Exception {
    Config config = Config.fromProperties();
    say("== RSA-2048 verify floor (this machine, this run)");
    OpensslRsa floor = OpensslRsa.measure(3);
    say(String.format("openssl speed rsa2048, 1 core: %,.0f verify/s (%,.0f sign/s)", floor.verifiesPerSecond(),
        floor.signsPerSecond()));

    Path dataDir = Path.of("target", "bench-inbox").toAbsolutePath();
    Dirs.deleteRecursively(dataDir);
    Settings settings = new Settings("warren.bench", 0, "127.0.0.1", Optional.empty(), dataDir,
        Optional.of(new Settings.Setup(ADMIN, PASSWORD, "Inbox bench", Optional.empty())),
        new Settings.Federation(true, false), Optional.empty());
    boolean pass;
    try (Warren warren = Warren.start(settings);
        SenderSites sites = SenderSites.start(config.sites(), config.perSite())) {
      warren.stopScheduledJobs(); // no rank refresh or pruning inside the measurement
      pass = new InboxBenchmark(config, warren, dataDir).run(sites, floor);
    }
    say("");
    say(pass ? "PASS" : "FAIL");
    System.exit(pass ? 0 : 1);
  }

  private boolean run(SenderSites sites, OpensslRsa floor) throws Exception {
    ApiClient admin = new ApiClient("http://127.0.0.1:" + address.getPort(), null).login(ADMIN, PASSWORD);
    int community = admin.post("/api/v3/community", Map.of("name", "bench", "title", "Bench")).json()
        .at("/community_view/community/id").asInt();
    // A vote also moves its item's creator's score: one author for everything would make all
    // votes wait for one person row, which no real site sees.
    admin.put("/api/v3/site", Map.of("registration_mode", "Open"));
    List<ApiClient> authors = new ArrayList<>();
    for (int i = 0; i < config.authors(); i++) authors.add(admin.withToken(null).register("author" + i, PASSWORD));
    List<Item> warmItems = content(authors, community, Math.max(config.warmUpVotes(), 1), 0);
    List<Item> items = content(authors, community, config.posts(), config.comments());
    say(String.format("%n== Warren on 127.0.0.1:%d; %d sites on 127.0.0.2-%s, %d people each; %d posts and %d"
        + " comments by %d local people to vote on", address.getPort(), config.sites(),
        SenderSites.address(config.sites() - 1), config.perSite(), config.posts(), config.comments(), config.authors()));

    var senders = sites.senders();
    int connections = config.connections();
    VotePlan warm = VotePlan.warmUp(senders, warmItems, COMMUNITY, config.warmUpVotes(), connections, 7);
    VotePlan plan = VotePlan.build(senders, items, COMMUNITY, config.votes(), config.undoShare(),
        config.repeatShare(), connections, 42);
    URI inbox = URI.create("http://127.0.0.1:" + address.getPort() + "/inbox");
    long t0 = System.nanoTime();
    var warmRequests = SignedRequests.sign(warm.distinct(), inbox);
    var requests = SignedRequests.sign(plan.distinct(), inbox);
    double signSeconds = (System.nanoTime() - t0) / 1e9;
    int signed = warmRequests.size() + requests.size();
    say(String.format("signed %,d activities beforehand in %.1f s (%,.0f/s, all cores)", signed, signSeconds,
        signed / signSeconds));

    say(String.format("%n== warm-up: %,d votes, %d per person (the first fetches its key), not counted",
        warm.requests(), config.warmUpVotes()));
    InboxLoad.Result w = InboxLoad.run(warm.streams(), warmRequests, connections, address);
    say(String.format("%,d taken in %.1f s (%,.0f/s), %d errors; the sites served %d key and actor fetches",
        w.taken(), w.nanos() / 1e9, w.taken() / (w.nanos() / 1e9), w.errors(), sites.fetchesServed()));
    w.errorSamples().forEach(e -> say("  " + e));
    jdbi.useHandle(h -> h.execute("vacuum analyze"));

    int voteCount = senders.size() * config.votes();
    say(String.format("%n== measured: %,d activities (%,d votes, %,d undos) + %,d repeats of votes,"
            + " %d connections (%d per site)", plan.distinct().size(), voteCount,
        plan.distinct().size() - voteCount, plan.repeats(), plan.streams().size(), connections));
    var before = VoteCheck.counters(jdbi, items);
    boolean fast = measure(plan, requests, floor);
    return check(plan, items, before) && fast;
  }

  private static void say(String line) {
    System.out.println(line);
  }

  /** {@code posts} posts, and a comment on each of the first {@code comments}, by the authors in turn, through the API. */
  private List<Item> content(List<ApiClient> authors, int community, int posts, int comments) {
    List<Item> items = new ArrayList<>();
    List<Integer> postIds = new ArrayList<>();
    for (int i = 0; i < posts; i++) {
      var r = authors.get(i % authors.size()).post("/api/v3/post",
          Map.of("name", "Vote on post " + i, "community_id", community));
      if (r.status() != 200) throw new IllegalStateException(r.body());
      postIds.add(r.json().at("/post_view/post/id").asInt());
    }
    List<Integer> commentIds = new ArrayList<>();
    for (int i = 0; i < comments; i++) {
      var r = authors.get((i + 1) % authors.size()).post("/api/v3/comment", Map.of("content", "Vote on comment " + i,
          "post_id", postIds.get(i % postIds.size())));
      if (r.status() != 200) throw new IllegalStateException(r.body());
      commentIds.add(r.json().at("/comment_view/comment/id").asInt());
    }
    jdbi.useHandle(h -> {
      for (String table : List.of("post", "comment")) {
        List<Integer> ids = table.equals("post") ? postIds : commentIds;
        h.createQuery("select id, ap_id from " + table + " where id = any(:ids) order by id")
            .bind("ids", ids.stream().mapToInt(Integer::intValue).toArray())
            .map((rs, ctx) -> new Item(rs.getString(2), table.equals("post"), rs.getInt(1)))
            .forEach(items::add);
      }
    });
    return items;
  }

  private boolean measure(VotePlan plan, Map<String, byte[]> requests, OpensslRsa floor) throws Exception {
    long cpu0 = CpuMeter.jvmNanos();
    long pg0 = CpuMeter.postgresTicks(dataDir);
    long[] machine0 = CpuMeter.machineTicks();
    InboxLoad.Result r = InboxLoad.run(plan.streams(), requests, config.connections(), address);
    long[] machine1 = CpuMeter.machineTicks();
    double jvmMs = (CpuMeter.jvmNanos() - cpu0) / 1e6;
    double pgMs = (CpuMeter.postgresTicks(dataDir) - pg0) * 10.0;
    double seconds = r.nanos() / 1e9;
    double rate = r.taken() / seconds;
    double busy = 100.0 * (machine1[0] - machine0[0]) / Math.max(1, machine1[1] - machine0[1]);
    double ours = ((jvmMs + pgMs) / 10) / Math.max(1, machine1[0] - machine0[0]);

    say(String.format("answered %,d requests in %.1f s: %,d taken (2xx), %,d refused as already received, %d other",
        r.answered(), seconds, r.taken(), r.refusedRepeats(), r.errors()));
    r.errorSamples().forEach(e -> say("  " + e));
    say(String.format("all requests: %,.0f/s (%,.0f/s between 10%% and 90%% of the answers)", r.answered() / seconds,
        r.middleRate()));
    say(String.format("latency p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms", r.latencyPercentile(0.5) / 1e6,
        r.latencyPercentile(0.9) / 1e6, r.latencyPercentile(0.99) / 1e6, r.latencyPercentile(1) / 1e6));
    say(String.format("CPU per request: JVM (Warren + senders) %.2f ms, PostgreSQL %.2f ms; machine busy %.0f %% of"
        + " 2 cores, %.0f %% of that ours", jvmMs / r.answered(), pgMs / r.answered(), busy, 100 * Math.min(1, ours)));
    say(String.format("ratio to the openssl verify floor (1 core): %.3f", rate / floor.verifiesPerSecond()));
    boolean fast = rate >= TARGET;
    boolean counted = r.taken() == plan.distinct().size() && r.refusedRepeats() == plan.repeats() && r.errors() == 0;
    say(String.format("%n>> activities verified, deduplicated and applied: %,.0f/s   target >= %,.0f/s: %s",
        rate, TARGET, fast ? "PASS" : "FAIL"));
    if (!counted) {
      say(String.format("answers: FAIL (expected %,d taken and %,d refused as repeats, no other)",
          plan.distinct().size(), plan.repeats()));
    }
    return fast && counted;
  }

  private boolean check(VotePlan plan, List<Item> items, Map<String, List<Long>> before) {
    List<String> problems = VoteCheck.problems(jdbi, plan, items, before);
    say(String.format(">> database: %,d activity ids recorded, %,d (person, item) votes and %d items' score/up/down"
        + " checked: %s", plan.distinct().size(), plan.expected().size(), items.size(),
        problems.isEmpty() ? "PASS" : "FAIL, " + problems.size() + " wrong"));
    problems.stream().limit(10).forEach(p -> say("  " + p));
    return problems.isEmpty();
  }
}
