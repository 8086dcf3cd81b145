package warren.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import warren.store.Database;

/**
 * Builds the benchmark data set ("S tier" by default) deterministically: the same seed and "now"
 * give the same ids, texts and timestamps. Runs against DATABASE_URL, or against an embedded
 * Warren data directory. Start it through {@code bench/seed}; see bench/README.md.
 */
public final class SeedData {
  private SeedData() {}

  public static void main(String[] args) throws Exception {
    SeedOptions o;
    try {
      o = SeedOptions.parse(args, Optional.ofNullable(System.getenv("DATABASE_URL")).filter(u -> !u.isBlank()));
    } catch (IllegalArgumentException e) {
      boolean help = e.getMessage().isEmpty();
      if (!help) System.err.println(e.getMessage());
      (help ? System.out : System.err).println(SeedOptions.USAGE);
      System.exit(help ? 0 : 2);
      return;
    }
    // The progress lines are the output; the libraries' start-up chatter is not.
    Logger.getLogger("").setLevel(Level.WARNING);
    try {
      if (o.databaseUrl().isEmpty()) {
        if (o.reset()) deleteDataDir(o.dataDir());
        System.out.println("Embedded PostgreSQL in " + o.dataDir().toAbsolutePath());
      } else {
        System.out.println("Database from DATABASE_URL (--data-dir and --reset do not apply)");
      }
      seed(o);
    } catch (SeedException e) {
      System.err.println("seed: " + e.getMessage());
      System.exit(1);
    }
  }

  private static void seed(SeedOptions o) throws Exception {
    try (Database db = Database.open(o.databaseUrl(), o.dataDir(), 2)) {
      SeedReport report = SeedRun.run(db, o, System.out);
      report.print(System.out);
      if (o.databaseUrl().isEmpty()) {
        Path ids = o.dataDir().resolve("seed.properties");
        report.writeProperties(ids);
        System.out.println("Ids written to " + ids + "; serve this data with: WARREN_DATA_DIR=" + o.dataDir() + " ./warren");
      }
    }
  }

  /** Deletes only what looks like a Warren data directory, never an arbitrary folder. */
  private static void deleteDataDir(Path dir) throws IOException {
    if (!Files.exists(dir)) return;
    try (var entries = Files.list(dir)) {
      boolean warrenDir = entries.allMatch(p -> {
        String n = p.getFileName().toString();
        return n.equals("postgres") || n.equals("seed.properties");
      });
      if (!warrenDir) throw new SeedException("--reset: " + dir + " holds more than a Warren database; not deleting it");
    }
    try (var paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
    }
  }
}
