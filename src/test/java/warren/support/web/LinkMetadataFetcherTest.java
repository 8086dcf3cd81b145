package warren.support.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Link previews of the pages a fake remote site serves. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LinkMetadataFetcherTest {
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
  private FakeWebSite site;
  private LinkMetadataFetcher fetcher;

  @BeforeAll
  void start() {
    site = FakeWebSite.start();
    fetcher = new LinkMetadataFetcher(new SafeHttpClient(new AddressGuard(true),
        SafeHttpClient.userAgent("http://warren.test"), Duration.ofSeconds(2)));
    site.html("/article/og", """
        <!DOCTYPE html>
        <html lang="en"><head>
          <meta charset="utf-8">
          <title>Site name | Article</title>
          <meta property="og:title" content="An article about rabbits">
          <meta property="og:description" content="Rabbits dig warrens.">
          <meta property="og:image" content="../images/rabbit.jpg">
          <meta property="og:video" content="https://videos.example/embed/42">
        </head><body><h1>Rabbits</h1></body></html>""");
    site.html("/title-only", "<html><head><title>Only a title</title></head><body>text</body></html>");
    site.page("/latin1", "text/html; charset=iso-8859-1",
        "<html><head><title>Caf\u00e9 cr\u00e8me \u00e0 la fran\u00e7aise</title></head></html>".getBytes(StandardCharsets.ISO_8859_1));
    site.page("/latin1-meta", "text/html",
        "<html><head><meta charset='ISO-8859-1'><title>Na\u00efve r\u00e9sum\u00e9</title></head></html>".getBytes(StandardCharsets.ISO_8859_1));
    String filler = "<script>/* " + "x".repeat(LinkMetadataFetcher.MAX_HTML_BYTES + 100_000) + " */</script>";
    site.html("/huge-early", "<html><head><meta property='og:title' content='Early tags'>" + filler + "</head></html>");
    site.html("/huge-late", "<html><head><title>Late title</title>" + filler
        + "<meta property='og:title' content='Beyond the first MiB'></head></html>");
    site.page("/picture", "image/png", PNG);
    site.page("/download", "application/octet-stream", PNG);
    site.page("/no-type.png", null, PNG);
    site.handle("/gone", ex -> FakeWebSite.send(ex, 404, "text/html", "<title>404 Not Found</title>".getBytes(StandardCharsets.UTF_8)));
    site.redirect("/moved", 301, "/article/og");
  }

  @AfterAll
  void stop() {
    site.close();
  }

  private LinkMetadata fetch(String path) {
    return fetcher.fetch(URI.create(site.url(path)));
  }

  @Test
  void readsOpenGraphTags() {
    var m = fetch("/article/og");
    assertThat(m.title()).isEqualTo("An article about rabbits");
    assertThat(m.description()).isEqualTo("Rabbits dig warrens.");
    assertThat(m.image()).isEqualTo(site.url("/images/rabbit.jpg"));
    assertThat(m.embedVideoUrl()).isEqualTo("https://videos.example/embed/42");
    assertThat(m.contentType()).isEqualTo("text/html; charset=utf-8");
  }

  @Test
  void fallsBackToTheTitle() {
    var m = fetch("/title-only");
    assertThat(m.title()).isEqualTo("Only a title");
    assertThat(m.description()).isNull();
    assertThat(m.image()).isNull();
  }

  @Test
  void decodesLatin1Pages() {
    assertThat(fetch("/latin1").title()).isEqualTo("Caf\u00e9 cr\u00e8me \u00e0 la fran\u00e7aise");
    assertThat(fetch("/latin1-meta").title()).isEqualTo("Na\u00efve r\u00e9sum\u00e9");
  }

  @Test
  void readsOnlyTheFirstMebibyteOfAHugePage() {
    assertThat(fetch("/huge-early").title()).isEqualTo("Early tags");
    assertThat(fetch("/huge-late").title()).isEqualTo("Late title");
  }

  @Test
  void givesOnlyTheContentTypeOfOtherResponses() {
    assertThat(fetch("/picture")).isEqualTo(new LinkMetadata(null, null, null, null, "image/png"));
    assertThat(fetch("/picture").isImage()).isTrue();
    assertThat(fetch("/download").contentType()).isEqualTo("image/png");
    assertThat(fetch("/no-type.png").contentType()).isEqualTo("image/png");
  }

  @Test
  void readsErrorPagesLikeAnyOtherAsLemmyDoes() {
    assertThat(fetch("/gone").title()).isEqualTo("404 Not Found");
  }

  @Test
  void resolvesImagesAgainstThePageAfterRedirects() {
    var m = fetch("/moved");
    assertThat(m.title()).isEqualTo("An article about rabbits");
    assertThat(m.image()).isEqualTo(site.url("/images/rabbit.jpg"));
  }

  @Test
  void fetchOrEmptySwallowsFailures() {
    var strict = new LinkMetadataFetcher(new SafeHttpClient(new AddressGuard(false), "test", Duration.ofSeconds(1)));
    assertThat(strict.fetchOrEmpty(URI.create(site.url("/article/og")))).isEqualTo(LinkMetadata.EMPTY);
    assertThat(fetcher.fetchOrEmpty(URI.create(site.url("/article/og"))).title()).isEqualTo("An article about rabbits");
  }
}
