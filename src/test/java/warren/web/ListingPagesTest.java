package warren.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import warren.testing.ApiClient;
import warren.testing.TestSite;
import warren.testing.WebClient;

/** Lists and threads as pages: cursor pages, tabs, deep threads, cross-posts and search. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ListingPagesTest {
  private static final Pattern CARD = Pattern.compile("<article class=\"card");

  private TestSite site;
  private ApiClient alice;
  private int community;

  @BeforeAll
  void start() {
    site = TestSite.start();
    site.admin().put("/api/v3/site", Map.of("registration_mode", "Open"));
    alice = site.anonymous().register("alice", "password-123");
    community = alice.post("/api/v3/community", Map.of("name", "news", "title", "News")).json()
        .at("/community_view/community/id").asInt();
    for (int i = 1; i <= 25; i++) post("Story number " + i, Map.of());
  }

  @AfterAll
  void stop() {
    site.close();
  }

  private int post(String title, Map<String, Object> extra) {
    var form = new HashMap<String, Object>(Map.of("name", title, "community_id", community));
    form.putAll(extra);
    return alice.post("/api/v3/post", form).json().at("/post_view/post/id").asInt();
  }

  private String page(String path) {
    var r = new WebClient(site.baseUrl()).get(path);
    assertThat(r.statusCode()).as(path).isEqualTo(200);
    return r.body();
  }

  private static long cards(String html) {
    return CARD.matcher(html).results().count();
  }

  @Test
  void communityPagesGoOnByCursor() {
    String first = page("/c/news?sort=New");
    assertThat(cards(first)).isEqualTo(20);
    assertThat(first).contains("Story number 25").doesNotContain("Story number 5<");
    Matcher next = Pattern.compile("rel=\"next\" href=\"([^\"]+)\"").matcher(first);
    assertThat(next.find()).isTrue();
    String url = next.group(1).replace("&amp;", "&");
    assertThat(url).contains("page_cursor=");
    String second = page(url);
    assertThat(second).contains("Story number 5<").contains("Story number 1<").doesNotContain("Story number 25");
    assertThat(second).contains(">First page<").doesNotContain("rel=\"next\"");
  }

  @Test
  void theFrontPageHasTabsAndEverySort() {
    String all = page("/?type=All&sort=TopAll");
    assertThat(all).contains("aria-current=\"page\">All<").contains("<option value=\"TopAll\" selected>");
    for (String sort : new String[] {"Active", "Hot", "Scaled", "New", "Old", "NewComments", "MostComments",
        "Controversial", "TopHour", "TopSixHour", "TopTwelveHour", "TopDay", "TopWeek", "TopMonth", "TopThreeMonths",
        "TopSixMonths", "TopNineMonths", "TopYear", "TopAll"}) {
      assertThat(all).contains("<option value=\"" + sort + "\"");
      assertThat(cards(page("/?type=All&sort=" + sort))).as(sort).isPositive();
    }
    assertThat(page("/?type=Subscribed")).contains("No posts here yet.");
    var bad = new WebClient(site.baseUrl()).get("/?sort=Sideways");
    assertThat(bad.statusCode()).isEqualTo(400);
  }

  @Test
  void deepThreadsContinueOnTheirOwnPage() {
    int postId = post("A long argument", Map.of());
    List<Integer> chain = new ArrayList<>();
    Integer parent = null;
    for (int depth = 1; depth <= ThreadPages.DEPTH + 2; depth++) {
      var form = new HashMap<String, Object>(Map.of("post_id", postId, "content", "Level " + depth + " says so."));
      if (parent != null) form.put("parent_id", parent);
      parent = alice.post("/api/v3/comment", form).json().at("/comment_view/comment/id").asInt();
      chain.add(parent);
    }
    String thread = page("/post/" + postId);
    assertThat(thread).contains("Level " + ThreadPages.DEPTH + " says so.")
        .doesNotContain("Level " + (ThreadPages.DEPTH + 1) + " says so.");
    int deepest = chain.get(ThreadPages.DEPTH - 1);
    assertThat(thread)
        .contains("<a class=\"more\" href=\"/comment/" + deepest + "\">Continue this thread (2 more replies)");

    String rest = page("/comment/" + deepest);
    assertThat(rest).contains("You are viewing a single thread.")
        .contains("Level " + (ThreadPages.DEPTH + 2) + " says so.")
        .contains("href=\"/comment/" + chain.get(ThreadPages.DEPTH - 2) + "\">Show parent</a>")
        .doesNotContain("Level 1 says so.");
  }

  @Test
  void crossPostsAndSearch() {
    int first = post("Rabbits on the radio", Map.of("url", "https://radio.example/rabbits"));
    post("Heard this too", Map.of("url", "https://radio.example/rabbits"));
    String page = page("/post/" + first);
    assertThat(page).contains("Also posted in").contains("Heard this too").contains(">radio.example<");

    String found = page("/search?q=radio&type=Posts");
    assertThat(found).contains("Rabbits on the radio");
    assertThat(page("/search?q=alice&type=Users")).contains("href=\"/u/alice\"");
    assertThat(page("/communities")).contains("href=\"/c/news\"").contains("!news@warren.test");
  }
}
