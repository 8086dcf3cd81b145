package warren.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NamesTest {
  @Test
  void onlyWebUrlsBecomeLinks() {
    assertThat(Names.web("https://example.org/a")).isEqualTo("https://example.org/a");
    assertThat(Names.web(" HTTP://example.org ")).isEqualTo("HTTP://example.org");
    assertThat(Names.web("javascript:alert(1)")).isNull();
    assertThat(Names.web("data:text/html,hi")).isNull();
    assertThat(Names.web("//example.org")).isNull();
    assertThat(Names.web(null)).isNull();
  }

  @Test
  void linksShowTheirDomain() {
    assertThat(Names.domain("https://www.example.org/a?b")).isEqualTo("example.org");
    assertThat(Names.domain("http://127.0.0.1:8536/c/x")).isEqualTo("127.0.0.1:8536");
    assertThat(Names.domain("not a url")).isEmpty();
  }

  @Test
  void hostsAreTheAuthorityWithoutUserInfo() {
    assertThat(Names.host("https://lemmy.ml/u/alice")).isEqualTo("lemmy.ml");
    assertThat(Names.host("http://127.0.0.2:8536")).isEqualTo("127.0.0.2:8536");
    assertThat(Names.host("https://user:pw@host.example?x")).isEqualTo("host.example");
    assertThat(Names.host("https://host.example#frag")).isEqualTo("host.example");
    assertThat(Names.host("/relative/path")).isEmpty();
    assertThat(Names.host((String) null)).isEmpty();
  }
}
