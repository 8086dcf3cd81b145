package warren.api.v3;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.TestInstance;
import warren.testing.ApiClient;
import warren.testing.TestSite;

/**
 * Every post sort on fixed data, against orders computed here from Lemmy's formulas; and cursor
 * pages that neither skip nor repeat while votes arrive.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PostSortTest {
  private TestSite site;
  private ApiClient alice;
  private int community;
  private final List<Fixture> fixtures = new ArrayList<>();

  /** One post's fixed state. */
  record Fixture(int id, Instant published, int up, int down, int comments, Instant newestComment) {
    int score() {
      return up - down;
    }
  }

  @BeforeAll
  void start() {
    site = TestSite.start();
    site.admin().put("/api/v3/site", Map.of("registration_mode", "Open"));
    alice = site.anonymous().register("sorter", "password-123");
    community = alice.post("/api/v3/community", Map.of("name", "sorting", "title", "Sorting")).json()
        .at("/community_view/community/id").asInt();
    Random random = new Random(42);
    Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    for (int i = 0; i < 40; i++) {
      int id = alice.post("/api/v3/post", Map.of("name", "Post number " + i, "community_id", community)).json()
          .at("/post_view/post/id").asInt();
      // Spread over 400 days, so that both the week-long hot window and the Top windows matter.
      Instant published = now.minus(Duration.ofMinutes(random.nextInt(400 * 24 * 60)));
      if (i < 12) published = now.minus(Duration.ofMinutes(random.nextInt(6 * 24 * 60)));
      int up = random.nextInt(60);
      int down = random.nextInt(25);
      int comments = random.nextInt(100);
      Instant newest = published.plus(Duration.ofMinutes(random.nextInt(3 * 24 * 60)));
      if (newest.isAfter(now)) newest = now;
      fixtures.add(new Fixture(id, published, up, down, comments, newest));
    }
    site.sql().useHandle(h -> {
      // Without the creators' own first votes, so that each post's score is exactly the fixture's.
      h.execute("delete from post_actions");
      for (Fixture f : fixtures) {
        h.createUpdate("""
            update post set published = :pub, upvotes = :up, downvotes = :down, score = :score,
              comments = :comments, newest_comment_time = :newest, newest_comment_time_necro = :newest,
              controversy_rank = controversy_rank(:up, :down)
            where id = :id""")
            .bind("pub", f.published().atOffset(ZoneOffset.UTC)).bind("up", (long) f.up())
            .bind("down", (long) f.down()).bind("score", (long) f.score()).bind("comments", (long) f.comments())
            .bind("newest", f.newestComment().atOffset(ZoneOffset.UTC)).bind("id", f.id()).execute();
      }
    });
    site.refreshRanks();
  }

  @AfterAll
  void stop() {
    site.close();
  }

  private static double hot(int score, Instant published, Instant now) {
    double hours = Duration.between(published, now).toMillis() / 3_600_000.0;
    if (hours <= 0 || hours >= 7 * 24) return 0;
    return Math.log10(Math.max(2, score + 2)) / Math.pow(hours + 2, 1.8);
  }

  private static double controversy(int up, int down) {
    if (up <= 0 || down <= 0) return 0;
    return Math.pow(up + down, (double) Math.min(up, down) / Math.max(up, down));
  }

  private List<Integer> expected(Comparator<Fixture> order, Duration window) {
    Instant cutoff = window == null ? Instant.MIN : Instant.now().minus(window);
    return fixtures.stream().filter(f -> f.published().isAfter(cutoff)).sorted(order).map(Fixture::id).toList();
  }

  private static Comparator<Fixture> desc(ToDoubleFunction<Fixture> key) {
    return Comparator.comparingDouble(key).reversed()
        .thenComparing(Fixture::published, Comparator.reverseOrder())
        .thenComparing(Fixture::id, Comparator.reverseOrder());
  }

  private List<Integer> actual(String sort) {
    List<Integer> out = new ArrayList<>();
    String cursor = null;
    do {
      Map<String, Object> q = new java.util.HashMap<>(Map.of("community_id", community, "sort", sort, "limit", 7));
      if (cursor != null) q.put("page_cursor", cursor);
      var r = site.anonymous().get("/api/v3/post/list", q);
      assertThat(r.status()).as(r.body()).isEqualTo(200);
      var posts = r.json().get("posts");
      posts.forEach(p -> out.add(p.at("/post/id").asInt()));
      cursor = posts.isEmpty() ? null : r.json().get("next_page").asString();
    } while (cursor != null);
    return out;
  }

  @Test
  @Order(1)
  void newAndOld() {
    assertThat(actual("New")).isEqualTo(expected(Comparator.comparing(Fixture::published).reversed()
        .thenComparing(Fixture::id, Comparator.reverseOrder()), null));
    assertThat(actual("Old")).isEqualTo(expected(Comparator.comparing(Fixture::published)
        .thenComparing(Fixture::id), null));
  }

  @Test
  @Order(1)
  void topSortsWithTheirWindows() {
    Map<String, Duration> windows = Map.of("TopHour", Duration.ofHours(1), "TopSixHour", Duration.ofHours(6),
        "TopTwelveHour", Duration.ofHours(12), "TopDay", Duration.ofDays(1), "TopWeek", Duration.ofDays(7),
        "TopMonth", Duration.ofDays(30), "TopThreeMonths", Duration.ofDays(91), "TopSixMonths", Duration.ofDays(182),
        "TopNineMonths", Duration.ofDays(273), "TopYear", Duration.ofDays(365));
    windows.forEach((sort, window) ->
        assertThat(actual(sort)).as(sort).isEqualTo(expected(desc(f -> f.score()), window)));
    assertThat(actual("TopAll")).isEqualTo(expected(desc(f -> f.score()), null));
    assertThat(actual("TopAll")).hasSize(40);
    assertThat(actual("TopWeek").size()).isBetween(12, 39);
  }

  @Test
  @Order(1)
  void commentSorts() {
    assertThat(actual("MostComments")).isEqualTo(expected(desc(f -> f.comments()), null));
    assertThat(actual("NewComments")).isEqualTo(expected(Comparator.comparing(Fixture::newestComment).reversed()
        .thenComparing(Fixture::id, Comparator.reverseOrder()), null));
  }

  @Test
  @Order(1)
  void rankedSorts() {
    Instant now = Instant.now();
    assertThat(actual("Hot")).isEqualTo(expected(desc(f -> hot(f.score(), f.published(), now)), null));
    assertThat(actual("Active")).isEqualTo(expected(desc(f -> hot(f.score(), f.newestComment(), now)), null));
    assertThat(actual("Controversial")).isEqualTo(expected(desc(f -> controversy(f.up(), f.down())), null));
    // One community: scaled is hot divided by the same constant, so the same order.
    assertThat(actual("Scaled")).isEqualTo(actual("Hot"));
    assertThat(actual("Hot").subList(0, 12)).containsExactlyInAnyOrderElementsOf(
        fixtures.subList(0, 12).stream().map(Fixture::id).toList());
  }

  /** Runs after the order checks, since its votes change the fixture. */
  @Test
  @Order(2)
  void cursorPagesNeitherSkipNorRepeatWhileVotesArrive() {
    var voters = new ArrayList<ApiClient>();
    for (int i = 0; i < 3; i++) voters.add(site.anonymous().register("voter" + i, "password-123"));
    for (String sort : List.of("Hot", "Active", "New", "Scaled", "Controversial")) {
      List<Integer> seen = new ArrayList<>();
      String cursor = null;
      int round = 0;
      do {
        Map<String, Object> q = new java.util.HashMap<>(Map.of("community_id", community, "sort", sort, "limit", 6));
        if (cursor != null) q.put("page_cursor", cursor);
        var r = site.anonymous().get("/api/v3/post/list", q);
        var posts = r.json().get("posts");
        posts.forEach(p -> seen.add(p.at("/post/id").asInt()));
        // Between pages, people vote on posts on both sides of the page boundary.
        for (ApiClient voter : voters) {
          int target = fixtures.get((round * 7 + voters.indexOf(voter) * 13) % fixtures.size()).id();
          voter.post("/api/v3/post/like", Map.of("post_id", target, "score", round % 2 == 0 ? 1 : -1));
        }
        round++;
        cursor = posts.isEmpty() ? null : r.json().get("next_page").asString();
      } while (cursor != null);
      if (!sort.equals("Controversial")) {
        assertThat(seen).as(sort + " repeats nothing").doesNotHaveDuplicates();
        assertThat(new HashSet<>(seen)).as(sort + " skips nothing")
            .containsExactlyInAnyOrderElementsOf(fixtures.stream().map(Fixture::id).toList());
      }
    }
  }

  @Test
  @Order(3)
  void theRefresherDecaysOldRanksToZeroAndSkipsThemAfter() {
    var first = site.refreshRanks();
    assertThat(first.posts()).as("only posts younger than a week are refreshed").isLessThanOrEqualTo(12);
    List<Double> ranks = site.sql().withHandle(h -> h.createQuery(
        "select hot_rank from post where published < now() - interval '7 days'").mapTo(Double.class).list());
    assertThat(ranks).isNotEmpty().allMatch(r -> r == 0.0);
  }
}
