package warren.bench;

import java.io.PrintStream;
import java.util.Locale;

/** Everything about the data that is decided before a row is written: who, where, when, how many. */
record Plan(Sizes sizes, long seed, long now, People people, Communities communities, Memberships memberships,
    Posts posts, Comments comments, Votes votes) {

  static Plan make(Sizes sizes, long seed, long now, PrintStream out) {
    long t0 = System.nanoTime();
    People people = new People(sizes, seed, now);
    Communities communities = new Communities(sizes, people, seed, now);
    Memberships memberships = new Memberships(sizes, people, communities, seed, now);
    Posts posts = new Posts(sizes, people, communities, seed, now);
    Comments comments = new Comments(sizes, people, posts, seed, now);
    Votes votes = new Votes(sizes, people, posts, comments, seed);
    out.println(String.format(Locale.ROOT, "  %-52s %6.1f s", "plan (people, trees, vote counts)", (System.nanoTime() - t0) / 1e9));
    return new Plan(sizes, seed, now, people, communities, memberships, posts, comments, votes);
  }
}
