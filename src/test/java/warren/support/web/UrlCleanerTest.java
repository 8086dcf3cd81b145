package warren.support.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Tracking parameters go; everything else of a link stays as written. */
class UrlCleanerTest {
  @Test
  void removesUtmParametersAndKeepsTheRest() {
    // the case of Lemmy's own test of clean_url
    assertThat(UrlCleaner.clean(
        "https://example.com/path/123?utm_content=buffercf3b2&utm_medium=social&user+name=random+user&id=123"))
        .isEqualTo("https://example.com/path/123?user+name=random+user&id=123");
  }

  @Test
  void leavesCleanLinksAlone() {
    for (String url : new String[] {"https://example.com/path/123", "https://example.com/?a&&b=%20#top",
        "https://example.com/?q=utm_source", "https://example.com/#section-2", "https://example.com/?ref=friend"}) {
      assertThat(UrlCleaner.clean(url)).isEqualTo(url);
    }
  }

  @Test
  void removesClickIdsOfAdNetworksEverywhere() {
    assertThat(UrlCleaner.clean("https://news.example/a?fbclid=IwAR0abc")).isEqualTo("https://news.example/a");
    assertThat(UrlCleaner.clean("https://news.example/a?id=5&gclid=xyz&msclkid=1&_ga=2.1&mc_eid=9"))
        .isEqualTo("https://news.example/a?id=5");
    assertThat(UrlCleaner.clean("https://news.example/a?UTM_SOURCE=x&Page=2")).isEqualTo("https://news.example/a?Page=2");
    assertThat(UrlCleaner.clean("https://news.example/a?%3Futm_source=x&b=1")).isEqualTo("https://news.example/a?b=1");
  }

  @Test
  void cleansAFragmentWrittenAsParameters() {
    assertThat(UrlCleaner.clean("https://news.example/a#utm_source=feed")).isEqualTo("https://news.example/a");
    assertThat(UrlCleaner.clean("https://news.example/a?x=1#p=2&utm_medium=rss")).isEqualTo("https://news.example/a?x=1#p=2");
  }

  @Test
  void removesParametersParticularSitesTrackWith() {
    assertThat(UrlCleaner.clean("https://www.youtube.com/watch?v=dQw4w9WgXcQ&si=abc123&t=42"))
        .isEqualTo("https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42");
    assertThat(UrlCleaner.clean("https://youtu.be/dQw4w9WgXcQ?si=abc123")).isEqualTo("https://youtu.be/dQw4w9WgXcQ");
    assertThat(UrlCleaner.clean("https://www.instagram.com/p/XYZ/?igsh=MWQ1")).isEqualTo("https://www.instagram.com/p/XYZ/");
    assertThat(UrlCleaner.clean("https://www.amazon.co.uk/dp/B0123/ref=sr_1_1?qid=1&tag=shop-21"))
        .isEqualTo("https://www.amazon.co.uk/dp/B0123?tag=shop-21");
    // a site's own parameter is kept elsewhere: si means something else on other sites
    assertThat(UrlCleaner.clean("https://units.example/convert?si=metric")).isEqualTo("https://units.example/convert?si=metric");
  }

  @Test
  void anUnparseableUrlComesBackAsItWas() {
    assertThat(UrlCleaner.clean("not a url at all?utm_source=x")).isEqualTo("not a url at all?utm_source=x");
  }
}
