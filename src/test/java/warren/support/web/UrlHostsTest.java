package warren.support.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UrlHostsTest {
  @Test
  void theHostIsLowerCaseWithoutPortOrUserInfo() {
    assertThat(UrlHosts.host("https://Lemmy.Example:8536/u/Alice#main-key")).isEqualTo("lemmy.example");
    assertThat(UrlHosts.host("http://bob@127.0.0.2:4000/inbox")).isEqualTo("127.0.0.2");
    assertThat(UrlHosts.host("http://[::1]:80/x")).isEqualTo("[::1]");
  }

  @Test
  void onlyHttpAndHttpsHaveAnHttpHost() {
    assertThat(UrlHosts.httpHost("HTTPS://lemmy.example/post/1")).isEqualTo("lemmy.example");
    assertThat(UrlHosts.httpHost("ftp://lemmy.example/post/1")).isNull();
    assertThat(UrlHosts.host("ftp://lemmy.example/post/1")).isEqualTo("lemmy.example");
  }

  @Test
  void noHostOrNoUriGivesNullEveryTime() {
    for (int i = 0; i < 2; i++) { // the second answer comes from memory
      assertThat(UrlHosts.host("https://exa mple/x")).isNull();
      assertThat(UrlHosts.httpHost("mailto:a@b.example")).isNull();
      assertThat(UrlHosts.host("/relative/path")).isNull();
      assertThat(UrlHosts.host(null)).isNull();
      assertThat(UrlHosts.host("http://under_score.example/x")).isNull(); // not a host name to URI
    }
  }

  @Test
  void onlyUrlsOfOrdinaryLengthAreKept() {
    String ordinary = "https://lemmy.example/activities/like/kept";
    String huge = "https://lemmy.example/activities/like/" + "x".repeat(UrlHosts.MAX_CACHED_LENGTH);
    assertThat(UrlHosts.host(ordinary)).isEqualTo("lemmy.example");
    assertThat(UrlHosts.httpHost(huge)).isEqualTo("lemmy.example");
    assertThat(UrlHosts.isKept(ordinary)).isTrue();
    assertThat(UrlHosts.isKept(huge)).as("an id sent before any signature check must not stay in memory").isFalse();
  }
}
