package warren.testing;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

/**
 * Debian's Chromium driven by Playwright, one per test class. Playwright never downloads a
 * browser here: it runs its driver from its jar and launches {@code /usr/bin/chromium}.
 */
public final class Chromium implements AutoCloseable {
  public static final Path EXECUTABLE = Paths.get("/usr/bin/chromium");
  public static final Path SCREENSHOTS = Paths.get("target", "screenshots");

  private final Playwright playwright;
  private final Browser browser;

  private Chromium(Playwright playwright, Browser browser) {
    this.playwright = playwright;
    this.browser = browser;
  }

  public static Chromium launch() {
    if (!Files.isExecutable(EXECUTABLE)) {
      throw new IllegalStateException("browser tests need Debian's Chromium: apt-get install chromium");
    }
    Playwright playwright = Playwright.create(new Playwright.CreateOptions()
        .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
        .setExecutablePath(EXECUTABLE)
        .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync")));
    return new Chromium(playwright, browser);
  }

  /** A fresh browser profile (no cookies) with JavaScript on or off, at a given window width. */
  public BrowserContext context(String baseUrl, boolean javaScript, int width) {
    BrowserContext context = browser.newContext(new Browser.NewContextOptions()
        .setBaseURL(baseUrl)
        .setJavaScriptEnabled(javaScript)
        .setViewportSize(width, 900));
    context.setDefaultTimeout(10_000);
    return context;
  }

  /** Saves a full-page screenshot under target/screenshots, as a test artifact. */
  public static void screenshot(Page page, String name) {
    page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
  }

  @Override
  public void close() {
    browser.close();
    playwright.close();
  }
}
