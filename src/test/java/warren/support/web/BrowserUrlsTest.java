package warren.support.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** URLs as people paste them and as pages write them, made strict. */
class BrowserUrlsTest {
  private static String parse(String s) {
    return BrowserUrls.parseHttp(s).map(URI::toString).orElse(null);
  }

  private static String resolve(String base, String ref) {
    return BrowserUrls.resolveHttp(URI.create(base), ref).map(URI::toString).orElse(null);
  }

  @Test
  void parsesWhatBrowsersAccept() {
    assertThat(parse("https://example.com")).isEqualTo("https://example.com/");
    assertThat(parse("  HTTPS://Example.COM/a b?q=x y#frag  ")).isEqualTo("https://example.com/a%20b?q=x%20y#frag");
    assertThat(parse("https://example.com/wiki/Zürich")).isEqualTo("https://example.com/wiki/Z%C3%BCrich");
    assertThat(parse("https://bücher.example/")).isEqualTo("https://xn--bcher-kva.example/");
    assertThat(parse("https://example.com/100%/a%20b")).isEqualTo("https://example.com/100%25/a%20b");
    assertThat(parse("http://example.com:8080/x|y")).isEqualTo("http://example.com:8080/x%7Cy");
    assertThat(parse("http://[::1]:8536/")).isEqualTo("http://[::1]:8536/");
  }

  @Test
  void refusesWhatIsNotAnHttpUrlWithAHost() {
    assertThat(parse("ftp://example.com/")).isNull();
    assertThat(parse("javascript:alert(1)")).isNull();
    assertThat(parse("example.com")).isNull();
    assertThat(parse("http://")).isNull();
    assertThat(parse("http://exa mple.com/")).isNull();
    assertThat(parse("http://example.com:99999/")).isNull();
  }

  @Test
  void backslashesAreSlashesSoTheHostIsTheOneABrowserWouldVisit() {
    URI u = BrowserUrls.parseHttp("http://evil.example\\@good.example/").orElseThrow();
    assertThat(BrowserUrls.host(u)).isEqualTo("evil.example");
  }

  @Test
  void hostsWithUnderscoresKeepTheirHostAndPort() {
    URI u = BrowserUrls.parseHttp("https://my_blog.example.org:8443/post").orElseThrow();
    assertThat(BrowserUrls.host(u)).isEqualTo("my_blog.example.org");
    assertThat(BrowserUrls.port(u)).isEqualTo(8443);
    assertThat(BrowserUrls.port(URI.create("https://example.org/"))).isEqualTo(443);
    assertThat(BrowserUrls.port(URI.create("http://example.org/"))).isEqualTo(80);
  }

  @Test
  void resolvesReferencesAgainstThePage() {
    assertThat(resolve("https://example.com", "img/a.png")).isEqualTo("https://example.com/img/a.png");
    assertThat(resolve("https://example.com/blog/post", "../img/a b.png")).isEqualTo("https://example.com/img/a%20b.png");
    assertThat(resolve("https://example.com/blog/post", "/a.png?x=1")).isEqualTo("https://example.com/a.png?x=1");
    assertThat(resolve("https://example.com/blog/", "//cdn.example.net/a.png")).isEqualTo("https://cdn.example.net/a.png");
    assertThat(resolve("https://example.com/", "http://other.example/v.mp4")).isEqualTo("http://other.example/v.mp4");
    assertThat(resolve("https://example.com/", "data:image/png;base64,AAAA")).isNull();
    assertThat(resolve("https://example.com/", "javascript:alert(1)")).isNull();
    assertThat(resolve("https://example.com/", "")).isNull();
    assertThat(BrowserUrls.resolveHttp(URI.create("https://example.com/"), "   ")).isEqualTo(Optional.empty());
  }
}
