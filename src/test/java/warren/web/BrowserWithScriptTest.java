package warren.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ColorScheme;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import warren.testing.Chromium;
import warren.testing.TestSite;

/**
 * A person using the site in a browser with JavaScript on: signing up, logging in, creating a
 * community, posting, a three-level thread, votes, edits and deletes done in place, and the profile.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserWithScriptTest {
  private static final String FOURTH_LEVEL = "#replies-root li.comment li.comment li.comment li.comment";
  private TestSite site;
  private Chromium chromium;
  private BrowserContext context;
  private Page page;

  @BeforeAll
  void start() {
    site = TestSite.start();
    site.admin().put("/api/v3/site", Map.of("registration_mode", "Open"));
    chromium = Chromium.launch();
    context = chromium.context(site.baseUrl(), true, 1200);
    page = context.newPage();
  }

  @AfterAll
  void stop() {
    if (chromium != null) chromium.close();
    site.close();
  }

  private Locator button(String formAction, String label) {
    return page.locator("form[action='" + formAction + "'] button:text-is('" + label + "')");
  }

  /** Marks the page, so a test can tell that an action did not reload it. */
  private void markPage() {
    page.evaluate("window.warrenStayed = true");
  }

  private void assertNotReloaded() {
    assertThat(page.evaluate("window.warrenStayed === true")).isEqualTo(true);
  }

  @Test
  void aPersonSignsUpPostsDiscussesAndSeesTheirProfile() {
    // Sign up: lands on the front page, signed in.
    page.navigate("/signup");
    Chromium.screenshot(page, "js-signup");
    page.getByLabel("User name").fill("carol");
    page.getByLabel("Password (10 to 60 characters)").fill("password-123");
    page.getByLabel("Password again").fill("password-123");
    button("/signup", "Sign up").click();
    assertThat(page.locator("header .me")).hasText("carol");

    // Log out and in again.
    page.locator("header button:text-is('Log out')").click();
    assertThat(page.locator("header a[href='/login']")).isVisible();
    page.navigate("/login");
    page.getByLabel("User name or email").fill("carol");
    page.getByLabel("Password").fill("password-123");
    button("/login", "Log in").click();
    assertThat(page.locator("header .me")).hasText("carol");

    // A community.
    page.navigate("/create_community");
    page.getByLabel("Name").fill("gardening");
    page.getByLabel("Title").fill("Gardening");
    page.getByLabel("Sidebar").fill("Grow things.\n\nShare seeds.");
    button("/create_community", "Create").click();
    assertThat(page.locator("h1")).hasText("Gardening");
    assertThat(page.locator(".side")).containsText("Share seeds.");
    assertThat(page.locator(".side button:text-is('Unsubscribe')")).isVisible();

    // A link post, its title fetched from the link by the helper.
    page.locator(".side a:text-is('Create post')").click();
    String link = site.baseUrl() + "/c/gardening";
    page.getByLabel("Link").fill(link);
    page.locator("button:text-is('Fetch title')").click();
    assertThat(page.getByLabel("Title")).hasValue("Gardening – Warren Test");
    page.getByLabel("Title").fill("Our community page");
    assertThat(page.getByLabel("Community")).hasValue(page.locator("#post-community option:text-matches('Gardening')")
        .getAttribute("value"));
    button("/create_post", "Post").click();
    assertThat(page.locator("h1")).hasText("Our community page");
    assertThat(page.locator(".post-link")).hasText(link);

    // A text post, previewed first.
    page.navigate("/create_post");
    page.getByLabel("Title").fill("Tomatoes in pots");
    page.getByLabel("Community").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel(
        "Gardening (!gardening@warren.test)"));
    page.getByLabel("Body").fill("They need sun.\n\nAnd <water>.");
    markPage();
    page.locator("button:text-is('Preview')").click();
    assertThat(page.locator("#preview")).containsText("And <water>.");
    assertNotReloaded();
    Chromium.screenshot(page, "js-create-post-preview");
    button("/create_post", "Post").click();
    assertThat(page.locator("h1")).hasText("Tomatoes in pots");
    assertThat(page.locator(".post-body")).containsText("And <water>.");
    String postUrl = page.url();

    // Comment, then three levels of replies, all without a reload.
    markPage();
    page.getByLabel("Add a comment").fill("Which variety?");
    page.locator("button:text-is('Comment')").click();
    Locator first = page.locator("#replies-root > li.comment").first();
    assertThat(first).containsText("Which variety?");
    String parent = first.getAttribute("id").substring(1);
    for (String text : new String[] {"Cherry tomatoes.", "Do they need stakes?", "Yes, tall ones."}) {
      Locator comment = page.locator("#c" + parent);
      comment.locator("> details > .comment-self summary:text-is('Reply')").click();
      comment.locator("> details > .comment-self textarea[name=content]").first().fill(text);
      comment.locator("> details > .comment-self button:text-is('Reply')").click();
      Locator reply = page.locator("#replies-" + parent + " > li.comment").last();
      assertThat(reply).containsText(text);
      parent = reply.getAttribute("id").substring(1);
    }
    assertThat(page.locator(FOURTH_LEVEL)).containsText("Yes, tall ones.");
    assertNotReloaded();

    // Votes on the post, in place: the creator's own upvote is on, a click takes it off.
    Locator votes = page.locator(".post-head .votes");
    assertThat(votes.locator(".score")).hasText("1");
    votes.locator("button[aria-label=Upvote]").click();
    assertThat(page.locator(".post-head .votes .score")).hasText("0");
    page.locator(".post-head .votes button[aria-label=Downvote]").click();
    assertThat(page.locator(".post-head .votes .score")).hasText("-1");
    assertThat(page.locator(".post-head .votes button[aria-label=Downvote]")).hasAttribute("aria-pressed", "true");
    assertNotReloaded();

    // Edit and delete a comment, in place.
    Locator top = page.locator("#replies-root > li.comment").first();
    String topId = top.getAttribute("id").substring(1);
    Locator self = page.locator("#cs" + topId);
    self.locator("summary:text-is('Edit')").click();
    self.locator("#edit-" + topId).fill("Which variety grows best?");
    self.locator("button:text-is('Save changes')").click();
    assertThat(page.locator("#cs" + topId + " .content")).containsText("Which variety grows best?");
    assertThat(page.locator("#cs" + topId + " .edited")).isVisible();
    page.locator("#cs" + topId + " button:text-is('Delete')").click();
    assertThat(page.locator("#cs" + topId + " button:text-is('Restore')")).isVisible();
    assertThat(page.locator("#cs" + topId + " .badge")).hasText("deleted");
    assertNotReloaded();
    Chromium.screenshot(page, "js-post-thread");

    // The author edits the post; as the community's moderator she locks and features it.
    page.locator(".post-full .actions a:text-is('Edit')").click();
    page.getByLabel("Title").fill("Tomatoes in big pots");
    page.locator("form[action$='/edit'] button:text-is('Save')").click();
    assertThat(page.locator("h1")).hasText("Tomatoes in big pots");
    page.locator(".post-full button:text-is('Lock')").click();
    assertThat(page.locator(".post-head .badge:text-is('locked')")).isVisible();
    page.locator(".post-full button:text-is('Feature in community')").click();
    assertThat(page.locator(".post-head .badge:text-is('featured')")).isVisible();
    page.navigate("/c/gardening");
    assertThat(page.locator(".card.featured .card-title")).containsText("Tomatoes in big pots");
    page.locator(".side a:text-is('Edit community')").click();
    page.getByLabel("Title").fill("Gardening together");
    page.locator("form[action='/c/gardening/edit'] button:text-is('Save')").click();
    assertThat(page.locator("h1")).hasText("Gardening together");

    // Everything survives a reload.
    page.navigate(postUrl);
    assertThat(page.locator(".post-head .votes .score")).hasText("-1");
    assertThat(page.locator(FOURTH_LEVEL)).containsText("Yes, tall ones.");

    // The profile: real counts (the deleted comment no longer counts), join date and cake day.
    page.locator("header .me").click();
    assertThat(page.locator("h1")).hasText("carol");
    assertThat(page.locator(".profile-head")).containsText("@carol@warren.test");
    assertThat(page.locator(".profile-head .stats")).containsText("2 Posts");
    assertThat(page.locator(".profile-head .stats")).containsText("3 Comments");
    assertThat(page.locator(".joined")).hasText("Joined just now");
    assertThat(page.locator(".joined time")).hasAttribute("title", Pattern.compile(" at \\d\\d:\\d\\d UTC"));
    assertThat(page.locator(".cakeday")).containsText("Cake day: ");
    Chromium.screenshot(page, "js-profile");
    // What you saved is yours to see on your profile.
    page.navigate(postUrl);
    page.locator(".post-full button:text-is('Save')").click();
    assertThat(page.locator(".post-full button:text-is('Unsave')")).isVisible();
    page.navigate("/u/carol");
    page.locator(".tabs a:text-is('Saved')").click();
    assertThat(page.locator(".card-title")).hasText(new String[] {"Tomatoes in big pots"});

    // The same pages at a phone's width.
    BrowserContext phone = chromium.context(site.baseUrl(), true, 360);
    Page small = phone.newPage();
    small.navigate(postUrl);
    assertThat(small.locator("h1")).hasText("Tomatoes in big pots");
    Chromium.screenshot(small, "js-post-360px");
    Object overflow = small.evaluate("document.documentElement.scrollWidth > window.innerWidth");
    assertThat(overflow).as("the page fits a 360 px screen").isEqualTo(false);
    // Dark colours when the system asks for them.
    String light = (String) small.evaluate("getComputedStyle(document.body).backgroundColor");
    small.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(ColorScheme.DARK));
    assertThat(small.evaluate("getComputedStyle(document.body).backgroundColor")).isEqualTo("rgb(20, 24, 22)")
        .isNotEqualTo(light);
    Chromium.screenshot(small, "js-post-360px-dark");
    phone.close();
  }
}
