package warren.bench;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;
import warren.app.Settings;
import warren.domain.Tx;
import warren.domain.site.FirstStart;
import warren.store.Database;
import warren.store.Stores;
import warren.support.crypto.Passwords;

/** One generator run against an open, migrated database. */
final class SeedRun {
  private static final String[] ANALYZED = {"person", "local_user", "local_user_language", "community",
      "community_language", "community_actions", "post", "post_actions", "comment", "comment_actions", "local_site"};

  private SeedRun() {}

  static SeedReport run(Database db, SeedOptions o, PrintStream out) throws SQLException {
    long t0 = System.nanoTime();
    Sizes s = o.sizes();
    out.println(String.format(Locale.ROOT,
        "Seeding: %,d users, %,d communities, %,d posts over %d days, %,d comments (one post with %,d), %,d votes",
        s.users(), s.communities(), s.posts(), s.days(), s.comments(), s.bigPostComments(), s.votes()));
    out.println("  seed " + o.seed() + ", now " + o.now() + (o.withTriggers() ? ", through the triggers" : ""));
    ensureSite(db, o, out);
    try (Connection c = db.dataSource().getConnection()) {
      Target target = Target.read(c);
      Plan plan = Plan.make(s, o.seed(), o.now().toEpochMilli(), out);
      ActorKeys[] keys = new ActorKeys[1];
      String[] hash = new String[1];
      Progress.timed(out, "actor key pair and password hash", () -> {
        keys[0] = ActorKeys.fromSeed(o.seed());
        hash[0] = BenchPassword.hash(o.password(), o.seed());
      });
      new Loader(c, plan, target, keys[0], hash[0], out).load(o.withTriggers());
      Progress.timed(out, "vacuum and analyze", () -> {
        try (var st = c.createStatement()) {
          for (String t : ANALYZED) st.execute("vacuum (analyze) " + t);
        }
      });
      if (o.checksum()) out.println("  data checksum: " + DataChecksum.of(c));
      return SeedReport.read(c, plan, target, o.password(), (System.nanoTime() - t0) / 1e9);
    }
  }

  /**
   * A new database gets the rows Warren's first start makes (instance, site with key pair,
   * settings, rate limits, JWT secret). It is then marked set up, as after the first admin's
   * setup, since the generator adds an admin.
   */
  private static void ensureSite(Database db, SeedOptions o, PrintStream out) throws SQLException {
    Tx tx = new Tx(db.jdbi());
    boolean exists = tx.read(h -> h.createQuery("select count(*) from local_site").mapTo(Integer.class).one()) > 0;
    if (exists) return;
    Progress.timed(out, "first start: site, settings, keys", () -> {
      var settings = new Settings(o.hostname(), 8536, "0.0.0.0", Optional.empty(), o.dataDir(), Optional.empty(),
          new Settings.Federation(false, false), Optional.empty());
      // No admin from FirstStart (its keys would be random); the cost only matters for that admin.
      new FirstStart(tx, Stores.create(), new Passwords(4)).ensure(settings);
      tx.run(h -> {
        h.execute("update site set name = 'Warren bench'");
        h.execute("update local_site set site_setup = true");
      });
    });
  }
}
