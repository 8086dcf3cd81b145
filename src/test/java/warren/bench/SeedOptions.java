package warren.bench;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The generator's command line.
 *
 * @param now         the moment every timestamp is relative to; by default the current time
 *                    truncated to the hour, so two runs within the same hour make the same data
 * @param withTriggers load row by row through the counter triggers instead of the bulk path; slow,
 *                    for checking that both give the same counters
 */
record SeedOptions(long seed, Instant now, Sizes sizes, String password, String hostname,
    Optional<String> databaseUrl, Path dataDir, boolean reset, boolean checksum, boolean withTriggers) {

  static final String USAGE = """
      usage: bench/seed [options]
        --seed N               random seed (default 42); the same seed and --now give the same data
        --now TIME             ISO instant all times are relative to (default: now, truncated to the hour)
        --scale F              multiply every S-tier count by F (e.g. 0.01 for a quick run)
        --users N  --communities N  --posts N  --comments N  --big-post-comments N  --votes N  --days N
                               override single counts (after --scale)
        --password P           password of every generated account (default bench-password)
        --hostname H           host name for a new site (default localhost:8536)
        --data-dir DIR         embedded database directory when DATABASE_URL is unset (default target/bench-data)
        --reset                delete --data-dir first
        --checksum             print a checksum of the generated rows
        --with-triggers        load through the counter triggers (slow; for cross-checks)
      DATABASE_URL (postgres://user:pass@host/db or jdbc:postgresql://...) selects an external database.""";

  static SeedOptions parse(String[] args, Optional<String> databaseUrl) {
    long seed = 42;
    Instant now = Instant.now().truncatedTo(ChronoUnit.HOURS);
    double scale = 1;
    Sizes s = Sizes.S_TIER;
    Integer users = null, communities = null, posts = null, comments = null, big = null, days = null;
    Long votes = null;
    String password = "bench-password";
    String hostname = "localhost:8536";
    Path dataDir = Path.of("target", "bench-data");
    boolean reset = false, checksum = false, withTriggers = false;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      switch (a) {
        case "--reset" -> reset = true;
        case "--checksum" -> checksum = true;
        case "--with-triggers" -> withTriggers = true;
        case "-h", "--help" -> throw new IllegalArgumentException("");
        default -> {
          if (i + 1 >= args.length) throw new IllegalArgumentException("missing value after " + a);
          String v = args[++i];
          switch (a) {
            case "--seed" -> seed = Long.parseLong(v);
            case "--now" -> now = Instant.parse(v);
            case "--scale" -> scale = Double.parseDouble(v);
            case "--users" -> users = Integer.parseInt(v);
            case "--communities" -> communities = Integer.parseInt(v);
            case "--posts" -> posts = Integer.parseInt(v);
            case "--comments" -> comments = Integer.parseInt(v);
            case "--big-post-comments" -> big = Integer.parseInt(v);
            case "--votes" -> votes = Long.parseLong(v);
            case "--days" -> days = Integer.parseInt(v);
            case "--password" -> password = v;
            case "--hostname" -> hostname = v;
            case "--data-dir" -> dataDir = Path.of(v);
            default -> throw new IllegalArgumentException("unknown option " + a);
          }
        }
      }
    }
    if (scale != 1) s = s.scaled(scale);
    s = new Sizes(users != null ? users : s.users(), communities != null ? communities : s.communities(),
        posts != null ? posts : s.posts(), comments != null ? comments : s.comments(),
        big != null ? big : s.bigPostComments(), votes != null ? votes : s.votes(), s.postVoteShare(),
        days != null ? days : s.days(), s.firstUserFollows(), s.maxDepth());
    return new SeedOptions(seed, now, s, password, hostname, databaseUrl, dataDir, reset, checksum, withTriggers);
  }
}
