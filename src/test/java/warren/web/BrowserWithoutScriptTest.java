package warren.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import warren.testing.ApiClient;
import warren.testing.Chromium;
import warren.testing.TestSite;

/** The site with JavaScript off: reading, collapsing threads, sorting, voting and replying all work by plain forms. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserWithoutScriptTest {
  private TestSite site;
  private Chromium chromium;
  private int postId;
  private int commentId;

  @BeforeAll
  void start() {
    site = TestSite.start();
    site.admin().put("/api/v3/site", Map.of("registration_mode", "Open"));
    ApiClient dora = site.anonymous().register("dora", "password-123");
    dora.put("/api/v3/user/save_user_settings", Map.of("display_name", "Dora Explorer",
        "bio", "Maps.\n\nMostly maps."));
    ApiClient eve = site.anonymous().register("eve", "password-123");
    int community = dora.post("/api/v3/community", Map.of("name", "maps", "title", "Maps")).json()
        .at("/community_view/community/id").asInt();
    postId = dora.post("/api/v3/post", Map.of("name", "Old maps of the coast", "community_id", community,
        "body", "Look at these.")).json().at("/post_view/post/id").asInt();
    dora.post("/api/v3/post", Map.of("name", "Compasses", "community_id", community));
    commentId = eve.post("/api/v3/comment", Map.of("post_id", postId, "content", "Lovely scans.")).json()
        .at("/comment_view/comment/id").asInt();
    dora.post("/api/v3/comment", Map.of("post_id", postId, "parent_id", commentId, "content", "Thank you!"));
    // Dora joined on this day some years ago: her profile shows the cake.
    Instant joined = Instant.now().atOffset(ZoneOffset.UTC).minusYears(4).toInstant();
    site.sql().useHandle(h -> h.execute("update person set published = ? where name = 'dora'", joined));
    chromium = Chromium.launch();
  }

  @AfterAll
  void stop() {
    if (chromium != null) chromium.close();
    site.close();
  }

  private Page page() {
    BrowserContext context = chromium.context(site.baseUrl(), false, 1000);
    return context.newPage();
  }

  @Test
  void visitorsReadTheFrontPageAPostAndAProfile() {
    Page page = page();
    page.navigate("/?type=All");
    assertThat(page.locator(".cards")).containsText("Old maps of the coast");
    assertThat(page.locator(".cards")).containsText("Compasses");
    assertThat(page.locator(".card").first()).containsText("by ");
    assertThat(page.locator(".card time").first()).hasAttribute("datetime", Pattern.compile("^\\d{4}-"));
    assertThat(page.locator(".tabs a[aria-current=page]")).hasText("All");
    Chromium.screenshot(page, "nojs-front");

    // The sort menu works with its button.
    page.getByLabel("Sort").selectOption("New");
    page.locator("form.sort button").click();
    assertThat(page).hasURL(Pattern.compile("sort=New"));
    assertThat(page.getByLabel("Sort")).hasValue("New");
    assertThat(page.locator(".card-title").last()).containsText("Old maps of the coast");

    page.locator("a:text-is('Old maps of the coast')").click();
    assertThat(page.locator("h1")).hasText("Old maps of the coast");
    assertThat(page.locator("#c" + commentId)).containsText("Lovely scans.");
    assertThat(page.locator("#replies-" + commentId)).containsText("Thank you!");

    // Collapsing a thread is a <details>: it needs no script.
    Locator reply = page.locator("#replies-" + commentId);
    assertThat(reply).isVisible();
    page.locator("#c" + commentId + " > details > summary").click(new Locator.ClickOptions().setPosition(2, 8));
    assertThat(reply).isHidden();
    Chromium.screenshot(page, "nojs-post-collapsed");

    page.navigate("/u/dora");
    assertThat(page.locator("h1")).containsText("Dora Explorer");
    assertThat(page.locator(".cake")).isVisible();
    assertThat(page.locator(".profile-head .stats")).containsText("2 Posts");
    assertThat(page.locator(".profile-head .stats")).containsText("1 Comment");
    assertThat(page.locator(".joined")).hasText("Joined 4 years ago");
    assertThat(page.locator(".bio")).containsText("Mostly maps.");
    assertThat(page.locator("a:text-is('Saved')")).hasCount(0);
    page.locator(".tabs a:text-is('Comments')").click();
    assertThat(page.locator(".comment-card")).hasCount(1);
    assertThat(page.locator(".card-title")).hasCount(0);
    Chromium.screenshot(page, "nojs-profile");
    page.context().close();
  }

  @Test
  void aSignedInPersonVotesAndRepliesWithPlainForms() {
    Page page = page();
    page.navigate("/login");
    page.getByLabel("User name or email").fill("eve");
    page.getByLabel("Password").fill("password-123");
    page.locator("form[action='/login'] button").click();
    assertThat(page.locator("header .me")).hasText("eve");

    page.navigate("/post/" + postId);
    Locator votes = page.locator(".post-head .votes");
    assertThat(votes.locator(".score")).hasText("1");
    votes.locator("button[aria-label=Upvote]").click();
    // The form posted and the browser came back to the same post, at the post.
    assertThat(page).hasURL(Pattern.compile("/post/" + postId + "#p" + postId + "$"));
    assertThat(page.locator(".post-head .votes .score")).hasText("2");
    assertThat(page.locator(".post-head .votes button[aria-label=Upvote]")).hasAttribute("aria-pressed", "true");

    // Her own comment starts with her upvote; the same button takes it back.
    page.locator("#vote-comment-" + commentId + " .vote.up").click();
    assertThat(page.locator("#vote-comment-" + commentId + " .score")).hasText("0");
    assertThat(page.locator("#vote-comment-" + commentId + " .vote.up")).hasAttribute("aria-pressed", "false");

    // The reply form sits in a <details>, open without script too.
    Locator self = page.locator("#cs" + commentId);
    self.locator("summary:text-is('Reply')").click();
    self.locator("#reply-" + commentId).fill("Where did you find them?");
    self.locator("button:text-is('Reply')").click();
    assertThat(page).hasURL(Pattern.compile("#c\\d+$"));
    assertThat(page.locator("#replies-" + commentId)).containsText("Where did you find them?");
    Chromium.screenshot(page, "nojs-after-reply");

    // Preview and submit a post: the preview is the form, posted and returned filled in.
    page.navigate("/create_post");
    page.getByLabel("Title").fill("Sea charts");
    page.getByLabel("Community").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel(
        "Maps (!maps@warren.test)"));
    page.getByLabel("Body").fill("Depths in fathoms.\n\nNot metres.");
    page.locator("button:text-is('Preview')").click();
    assertThat(page.locator("#preview p")).hasCount(2);
    assertThat(page.getByLabel("Title")).hasValue("Sea charts");
    page.getByLabel("Title").press("Enter");
    assertThat(page.locator("h1")).hasText("Sea charts");
    assertThat(page.locator(".post-body")).containsText("Not metres.");
    page.context().close();
  }
}
