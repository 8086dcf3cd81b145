package warren.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import warren.testing.ApiClient;
import warren.testing.Chromium;
import warren.testing.TestSite;

/**
 * The page Warren was designed from: a Hexbear profile. JoeySteel, pronouns comrade/them, joined
 * on 2020-09-02, with 3 posts and 14 comments, one of which quotes, links, lists and ends with a
 * custom emoji. Seen as on the day the seed was taken, four years after joining.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeedProfilePageTest {
  private static final Instant JOINED = Instant.parse("2020-09-02T14:03:00Z");
  private static final Instant SEEN = Instant.parse("2024-11-20T12:00:00Z");

  private TestSite site;
  private Chromium chromium;
  private Clock realClock;
  private int emojiCommentId;

  @BeforeAll
  void seed() {
    site = TestSite.start();
    ApiClient admin = site.admin();
    admin.put("/api/v3/site", Map.of("registration_mode", "Open"));
    String asset = site.baseUrl() + Assets.url("warren.svg");
    admin.post("/api/v3/custom_emoji", Map.of("shortcode", "chefs-kiss", "image_url", asset,
        "alt_text", "a chef's kiss", "category", "hexbear", "keywords", List.of("perfect")));

    ApiClient joey = site.anonymous().register("JoeySteel", "password-123");
    joey.put("/api/v3/user/save_user_settings", Map.of("display_name", "JoeySteel [comrade/them]",
        "bio", "Reading group organiser. **Ask me** about the *Grundrisse*.", "avatar", asset, "banner", asset));
    int community = admin.post("/api/v3/community", Map.of("name", "theory", "title", "Theory")).json()
        .at("/community_view/community/id").asInt();
    int[] posts = new int[3];
    for (int i = 0; i < 3; i++) {
      posts[i] = joey.post("/api/v3/post", Map.of("name", "Reading notes, part " + (i + 1), "community_id", community,
          "body", "Notes for week " + (i + 1) + ".")).json().at("/post_view/post/id").asInt();
    }
    for (int i = 0; i < 13; i++) {
      joey.post("/api/v3/comment", Map.of("post_id", posts[i % 3], "content", "Comment number " + (i + 1) + ". "
          + "A longer thought about the reading. ".repeat(60)));
    }
    emojiCommentId = joey.post("/api/v3/comment", Map.of("post_id", posts[0], "content", """
        > The philosophers have only interpreted the world, in various ways; the point is to change it.

        Worth rereading [the Theses on Feuerbach](https://www.marxists.org/archive/marx/works/1845/theses/) first.
        What to bring next week:

        - the reading
        - questions
        - snacks

        %s :chefs-kiss:""".formatted("Some context for the thread. ".repeat(70)))).json()
        .at("/comment_view/comment/id").asInt();

    // Back-date the account and its content to the day the seed page was seen.
    site.sql().useHandle(h -> {
      h.execute("update person set published = ? where name = 'JoeySteel'", JOINED);
      h.execute("update post set published = ?::timestamptz - interval '30 days' + (id * interval '1 day') where creator_id = "
          + "(select id from person where name = 'JoeySteel')", SEEN);
      h.execute("update comment set published = ?::timestamptz - interval '5 days' + (id * interval '1 hour') where creator_id = "
          + "(select id from person where name = 'JoeySteel')", SEEN);
    });
    realClock = Times.clock;
    Times.clock = Clock.fixed(SEEN, ZoneOffset.UTC);
    chromium = Chromium.launch();
  }

  @AfterAll
  void stop() {
    Times.clock = realClock;
    if (chromium != null) chromium.close();
    site.close();
  }

  private Page open(boolean signedIn) {
    var context = chromium.context(site.baseUrl(), true, 1100);
    Page page = context.newPage();
    if (signedIn) {
      page.navigate("/login");
      page.getByLabel("User name or email").fill("JoeySteel");
      page.getByLabel("Password").fill("password-123");
      page.locator("form[action='/login'] button:text-is('Log in')").click();
      assertThat(page.locator("header .me")).isVisible();
    }
    page.navigate("/u/JoeySteel");
    return page;
  }

  @Test
  void theProfileShowsEverythingTheSeedPageShows() {
    Page page = open(false);
    Locator head = page.locator(".profile-head");
    // The display name with pronouns, and the full handle.
    assertThat(head.locator("h1")).hasText("JoeySteel [comrade/them]");
    assertThat(head.locator("h1 .pronouns")).hasText("[comrade/them]");
    assertThat(page).hasTitle(Pattern.compile("^JoeySteel \\[comrade/them\\]"));
    assertThat(head.locator(".handle")).containsText("@JoeySteel@" + TestSite.HOSTNAME);
    // Avatar, banner and bio (Markdown).
    assertThat(head.locator("img.avatar")).hasAttribute("src", Pattern.compile("warren\\.svg"));
    assertThat(head.locator("img.banner")).hasAttribute("src", Pattern.compile("warren\\.svg"));
    assertThat(head.locator(".bio strong")).hasText("Ask me");
    // The real counts.
    assertThat(head.locator(".stats")).containsText("3 Posts");
    assertThat(head.locator(".stats")).containsText("14 Comments");
    // Joined, relative, with the exact date on hover.
    Locator joined = head.locator(".joined time");
    assertThat(head.locator(".joined")).hasText("Joined 4 years ago");
    assertThat(joined).hasAttribute("datetime", "2020-09-02T14:03:00Z");
    assertThat(joined).hasAttribute("title", Pattern.compile("September 2, 2020"));
    // The cake-day line; no cake today, which is not the day.
    assertThat(head.locator(".cakeday")).hasText("Cake day: September 2nd, 2020");
    assertThat(head.locator("img.cake")).hasCount(0);
    // Tabs and a sort; Saved only for oneself.
    assertThat(page.locator(".tabs a")).hasText(new String[] {"Overview", "Comments", "Posts"});
    assertThat(page.getByLabel("Sort")).isVisible();

    // The comments, newest first, rendered from Markdown with the custom emoji drawn.
    page.navigate("/u/JoeySteel?view=comments&sort=New");
    Locator comments = page.locator(".cards .comment-self .content");
    assertThat(comments).hasCount(14);
    Locator rich = page.locator("#cs" + emojiCommentId + " .content");
    assertThat(rich.locator("blockquote")).containsText("the point is to change it");
    assertThat(rich.locator("a[href^='https://www.marxists.org/']")).hasAttribute("rel", Pattern.compile("nofollow"));
    assertThat(rich.locator("ul li")).hasText(new String[] {"the reading", "questions", "snacks"});
    Locator emoji = rich.locator("img.emoji");
    assertThat(emoji).hasAttribute("title", ":chefs-kiss:");
    assertThat(emoji).hasAttribute("alt", "a chef's kiss");
    assertThat(rich).not().containsText(":chefs-kiss:");
    assertThat(comments.first()).containsText("Some context for the thread.");
    Chromium.screenshot(page, "seed-profile-comments");

    page.navigate("/u/JoeySteel");
    Chromium.screenshot(page, "seed-profile");
  }

  @Test
  void oneselfSeesTheSavedTab() {
    Page page = open(true);
    assertThat(page.locator(".tabs a")).hasText(new String[] {"Overview", "Comments", "Posts", "Saved"});
  }

  @Test
  void theCakeShowsOnTheCakeDay() {
    Times.clock = Clock.fixed(Instant.parse("2024-09-02T08:00:00Z"), ZoneOffset.UTC);
    try {
      Page page = open(false);
      assertThat(page.locator(".profile-head h1 img.cake")).isVisible();
      assertThat(page.locator(".profile-head .joined")).hasText("Joined 4 years ago");
    } finally {
      Times.clock = Clock.fixed(SEEN, ZoneOffset.UTC);
    }
    assertThat(Times.isCakeDay(JOINED)).isFalse();
  }
}
