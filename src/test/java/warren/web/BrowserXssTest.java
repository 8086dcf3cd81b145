package warren.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import warren.testing.ApiClient;
import warren.testing.Chromium;
import warren.testing.TestSite;

/**
 * Script, event-handler and {@code javascript:} payloads in every kind of user text, through the
 * API as an app would send them, and (for what the API's own checks refuse) straight into the
 * database as a remote site could deliver it. Then every page that shows them is opened in
 * Chromium: nothing runs, and no active markup is left in the page.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserXssTest {
  /** Each payload sets a marker or opens a dialog when it runs. */
  private static final List<String> PAYLOADS = List.of(
      "<script>window.__xss='script'</script>",
      "<img src=x onerror=\"window.__xss='img'\">",
      "<svg onload=\"window.__xss='svg'\"></svg>",
      "[click](javascript:window.__xss='md-link')",
      "<a href=\"javascript:window.__xss='a'\">a</a>",
      "![x](javascript:alert(1))",
      "<iframe src=\"javascript:alert(1)\"></iframe>",
      "\"><script>alert(1)</script>",
      "'><body onload=alert(1)>",
      "<details open ontoggle=alert(1)>",
      "<a href=\"&#106;avascript:alert(1)\">entity</a>",
      "<style>body{background:url(javascript:alert(1))}</style>");

  private TestSite site;
  private Chromium chromium;
  private int postId;
  private String community;

  @BeforeAll
  void seed() {
    site = TestSite.start();
    site.admin().put("/api/v3/site", Map.of("registration_mode", "Open"));
    ApiClient mallory = site.anonymous().register("mallory", "password-123");
    String all = String.join("\n\n", PAYLOADS);
    community = "xss";
    int communityId = mallory.post("/api/v3/community", Map.of("name", community,
        "title", "<script>alert('title')</script>", "description", all)).json()
        .at("/community_view/community/id").asInt();
    postId = mallory.post("/api/v3/post", Map.of("name", "<img src=x onerror=alert('post')> title",
        "community_id", communityId, "body", all, "url", "https://example.com/?q=\"><script>alert(1)</script>"))
        .json().at("/post_view/post/id").asInt();
    for (String p : PAYLOADS) mallory.post("/api/v3/comment", Map.of("post_id", postId, "content", p));
    mallory.put("/api/v3/user/save_user_settings", Map.of("bio", all));
    // Names with markup cannot be chosen through the API; a remote site could still send them.
    site.sql().useHandle(h -> h.execute("""
        update person set display_name = '<img src=x onerror=alert(1)>', avatar = 'javascript:alert(1)',
          banner = 'javascript:alert(2)' where name = 'mallory'"""));
    site.sql().useHandle(h -> h.execute(
        "update community set icon = 'javascript:alert(3)', banner = '\"><script>alert(4)</script>' where name = 'xss'"));
    chromium = Chromium.launch();
  }

  @AfterAll
  void stop() {
    if (chromium != null) chromium.close();
    site.close();
  }

  @Test
  void noPayloadRunsOrSurvivesOnAnyPage() {
    var context = chromium.context(site.baseUrl(), true, 1000);
    Page page = context.newPage();
    List<String> dialogs = new ArrayList<>();
    page.onDialog(d -> {
      dialogs.add(d.message());
      d.dismiss();
    });
    for (String path : List.of("/?type=All&sort=New", "/c/" + community, "/post/" + postId, "/u/mallory",
        "/u/mallory?view=comments", "/communities", "/search?q=alert&type=All")) {
      page.navigate(path);
      page.waitForLoadState();
      // Hover and click over everything the payloads aimed at, as a reader would.
      page.locator(".content a").all().forEach(a -> a.hover());
      assertThat(page.evaluate("() => window.__xss === undefined")).as(path).isEqualTo(true);
      assertThat(activeMarkup(page)).as(path).isEmpty();
      Chromium.screenshot(page, "xss" + path.replaceAll("\\W+", "-"));
    }
    assertThat(dialogs).isEmpty();
  }

  /** Scripts other than the site's own, event-handler attributes, and script URLs, as found in the DOM. */
  @SuppressWarnings("unchecked")
  private static List<String> activeMarkup(Page page) {
    return (List<String>) page.evaluate("""
        () => {
          const found = [];
          for (const s of document.scripts) {
            if (!s.src || !new URL(s.src).pathname.startsWith('/static/')) found.push('script: ' + s.outerHTML);
          }
          for (const el of document.querySelectorAll('*')) {
            for (const a of el.attributes) {
              if (a.name.startsWith('on')) found.push('handler: ' + el.outerHTML.slice(0, 120));
              if (['href', 'src', 'action', 'formaction', 'xlink:href'].includes(a.name)
                  && /^\\s*(javascript|data|vbscript):/i.test(a.value)) found.push('url: ' + el.outerHTML.slice(0, 120));
            }
          }
          for (const tag of ['iframe', 'object', 'embed', 'style:not([data-site])', 'svg script']) {
            document.querySelectorAll(tag).forEach(el => found.push('element: ' + el.outerHTML.slice(0, 120)));
          }
          return found;
        }""");
  }
}
