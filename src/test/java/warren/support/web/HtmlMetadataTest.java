package warren.support.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** What a page's head yields, without the network: the OpenGraph rules, fallbacks and charsets. */
class HtmlMetadataTest {
  private static final URI PAGE = URI.create("https://news.example/2024/story.html");

  private static LinkMetadata meta(String html) {
    return LinkMetadataFetcher.fromHtml(html.getBytes(StandardCharsets.UTF_8), "text/html", PAGE, "text/html");
  }

  @Test
  void openGraphWinsOverTheHead() {
    var m = meta("""
        <!doctype html><html><head>
        <title>Page title</title>
        <meta name="description" content="Plain description">
        <meta property="og:title" content="OG title">
        <meta property="og:description" content="OG description">
        <meta property="og:image" content="/img/cover.jpg">
        <meta property="og:image" content="/img/second.jpg">
        <meta property="og:video:url" content="https://video.example/embed/1">
        </head><body></body></html>""");
    assertThat(m.title()).isEqualTo("OG title");
    assertThat(m.description()).isEqualTo("OG description");
    assertThat(m.image()).isEqualTo("https://news.example/img/cover.jpg");
    assertThat(m.embedVideoUrl()).isEqualTo("https://video.example/embed/1");
    assertThat(m.contentType()).isEqualTo("text/html");
  }

  @Test
  void fallsBackToTitleAndDescription() {
    var m = meta("<html><head><TITLE>\n  Just a   title\n</TITLE><META NAME=description CONTENT='Described'></head>");
    assertThat(m.title()).isEqualTo("Just a title");
    assertThat(m.description()).isEqualTo("Described");
    assertThat(m.image()).isNull();
    assertThat(m.embedVideoUrl()).isNull();
  }

  @Test
  void decodesCharacterReferences() {
    var m = meta("<title>Tom &amp; Jerry &#8212; &quot;caf&eacute;&quot; &#x1F600; &unknown; &copy 2024</title>"
        + "<meta property=og:description content=\"a &lt;b&gt; &amp;amp;\">");
    assertThat(m.title()).isEqualTo("Tom & Jerry — \"café\" 😀 &unknown; © 2024");
    assertThat(m.description()).isEqualTo("a <b> &amp;");
  }

  @Test
  void ignoresMarkupInsideScriptsCommentsAndTheBody() {
    var m = meta("""
        <head>
        <script>var s = '<meta property="og:title" content="from script">';</script>
        <!-- <meta property="og:title" content="from comment"> -->
        <style>/* <title>from style</title> */</style>
        <title>Real</title>
        </head><body><meta property="og:title" content="from body"><title>body title</title></body>""");
    assertThat(m.title()).isEqualTo("Real");
  }

  @Test
  void videoSecureUrlIsUsedOnlyWithoutAVideo() {
    var both = meta("<meta property='og:video:secure_url' content='https://v.example/s'>"
        + "<meta property='og:video' content='http://v.example/plain'>");
    assertThat(both.embedVideoUrl()).isEqualTo("http://v.example/plain");
    var secureOnly = meta("<meta property='og:video:secure_url' content='https://v.example/s'>");
    assertThat(secureOnly.embedVideoUrl()).isEqualTo("https://v.example/s");
  }

  @Test
  void emptyOrUnsafeValuesCountAsAbsent() {
    var m = meta("<title>Fallback</title><meta property='og:title' content='  '>"
        + "<meta property='og:image' content=''><meta property='og:image' content='javascript:alert(1)'>");
    assertThat(m.title()).isEqualTo("Fallback");
    assertThat(m.image()).isNull();
  }

  @Test
  void capsLongTitlesAndDescriptions() {
    var m = meta("<title>" + "word ".repeat(100) + "</title><meta name=description content='" + "x".repeat(5000) + "'>");
    assertThat(m.title()).hasSizeLessThanOrEqualTo(LinkMetadataFetcher.MAX_TITLE_CHARS).endsWith("…");
    assertThat(m.description()).hasSize(LinkMetadataFetcher.MAX_DESCRIPTION_CHARS).endsWith("…");
  }

  @Test
  void readsTheCharsetFromMetaTagsAndTheHeader() {
    Charset latin1 = StandardCharsets.ISO_8859_1;
    byte[] metaCharset = "<meta charset=\"iso-8859-1\"><title>Café déjà vu</title>".getBytes(latin1);
    assertThat(LinkMetadataFetcher.fromHtml(metaCharset, "text/html", PAGE, "text/html").title()).isEqualTo("Café déjà vu");

    byte[] httpEquiv = ("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">"
        + "<title>\u201cQuoted\u201d</title>").getBytes(Charset.forName("windows-1252"));
    assertThat(LinkMetadataFetcher.fromHtml(httpEquiv, null, PAGE, "text/html").title()).isEqualTo("\u201cQuoted\u201d");

    byte[] headerOnly = "<title>Grüße</title>".getBytes(latin1);
    assertThat(LinkMetadataFetcher.fromHtml(headerOnly, "text/html; charset=ISO-8859-1", PAGE, "text/html").title())
        .isEqualTo("Grüße");

    byte[] noCharset = "<title>Grüße</title>".getBytes(StandardCharsets.UTF_8);
    assertThat(LinkMetadataFetcher.fromHtml(noCharset, "text/html", PAGE, "text/html").title()).isEqualTo("Grüße");

    byte[] shiftJis = "<meta charset=shift_jis><title>日本語</title>".getBytes(Charset.forName("windows-31j"));
    assertThat(LinkMetadataFetcher.fromHtml(shiftJis, null, PAGE, "text/html").title()).isEqualTo("日本語");
  }

  @Test
  void survivesBrokenMarkup() {
    assertThat(meta("<title>Unclosed").title()).isEqualTo("Unclosed");
    assertThat(meta("<meta property=\"og:title\" content=\"no end").title()).isEqualTo("no end");
    assertThat(meta("1 < 2 <<>> <= <meta property=og:title content=ok>").title()).isEqualTo("ok");
    assertThat(meta("").title()).isNull();
  }
}
