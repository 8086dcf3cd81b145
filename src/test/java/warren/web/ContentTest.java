package warren.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContentTest {
  @Test
  void textIsEscapedAndSplitIntoParagraphs() {
    assertThat(Content.render("Hello <b>there</b> & \"you\"")).isEqualTo(
        "<p>Hello &lt;b&gt;there&lt;/b&gt; &amp; &quot;you&quot;</p>\n");
    assertThat(Content.render("one\n\n  \ntwo\nlines")).isEqualTo("<p>one</p>\n<p>two<br>\nlines</p>\n");
    assertThat(Content.render("a\r\n\r\nb")).isEqualTo("<p>a</p>\n<p>b</p>\n");
    assertThat(Content.render(null)).isEmpty();
    assertThat(Content.render("  \n ")).isEmpty();
    assertThat(Content.html("").isEmptyContent()).isTrue();
  }
}
