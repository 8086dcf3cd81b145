package warren.support.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the sanitizer keeps: formatting, safe links and images, and nothing that styles or runs. */
class HtmlSanitizerTest {

  @Test
  void keepsFormattingBlocks() {
    String html = "<h2>T</h2><p>a<br />b</p><hr /><blockquote><p><em>e</em> <strong>s</strong> <del>d</del> "
        + "<s>s</s> x<sup>2</sup> H<sub>2</sub></p></blockquote><ol start=\"2\"><li>i</li></ol><ul><li>u</li></ul>"
        + "<pre><code class=\"language-rust\">c</code></pre><details><summary>more</summary><p>hidden</p></details>"
        + "<table><thead><tr><th align=\"center\">h</th></tr></thead><tbody><tr><td align=\"right\">d</td></tr></tbody></table>";
    assertThat(HtmlSanitizer.cleanRendered(html)).isEqualTo(html);
    assertThat(HtmlSanitizer.cleanInbound(html)).isEqualTo(html);
  }

  @Test
  void everyLinkGetsNofollowUgcAndNoOtherRelOrTarget() {
    assertThat(HtmlSanitizer.cleanInbound(
        "<a href=\"https://m.example/@a\" class=\"u-url mention\" rel=\"tag\" target=\"_blank\">@a</a>"))
        .isEqualTo("<a href=\"https://m.example/&#64;a\" rel=\"nofollow ugc\">&#64;a</a>");
    assertThat(HtmlSanitizer.cleanRendered("<a href=\"mailto:a@b.example\">m</a>"))
        .isEqualTo("<a href=\"mailto:a&#64;b.example\" rel=\"nofollow ugc\">m</a>");
  }

  @Test
  void onlyTheEmojiClassOnImages() {
    assertThat(HtmlSanitizer.cleanRendered("<img class=\"emoji\" src=\"https://e.example/k.png\" alt=\"k\" "
        + "title=\":k:\" loading=\"lazy\" width=\"9000\" />"))
        .isEqualTo("<img class=\"emoji\" src=\"https://e.example/k.png\" alt=\"k\" title=\":k:\" loading=\"lazy\" />");
    assertThat(HtmlSanitizer.cleanRendered("<img class=\"emoji huge\" src=\"https://e.example/k.png\" />"))
        .isEqualTo("<img src=\"https://e.example/k.png\" />");
    assertThat(HtmlSanitizer.cleanRendered("<p class=\"emoji\">p</p>")).isEqualTo("<p>p</p>");
  }

  @Test
  void relativeUrlsOnlyInOurOwnOutput() {
    String html = "<a href=\"/c/news\">n</a><img src=\"/pictrs/image/a.png\" alt=\"a\" />";
    assertThat(HtmlSanitizer.cleanRendered(html))
        .isEqualTo("<a href=\"/c/news\" rel=\"nofollow ugc\">n</a><img src=\"/pictrs/image/a.png\" alt=\"a\" />");
    assertThat(HtmlSanitizer.cleanInbound(html)).isEqualTo("n<img alt=\"a\" />");
  }

  @Test
  void protocolRelativeAndEmptyUrlsAreDropped() {
    assertThat(HtmlSanitizer.cleanRendered("<a href=\"//evil.example/x\">x</a><a href=\"\">y</a>")).isEqualTo("xy");
  }

  @Test
  void unknownElementsKeepTheirTextOnly() {
    assertThat(HtmlSanitizer.cleanInbound("<p><span class=\"h-card\">Hi</span> <font color=red>there</font></p>"))
        .isEqualTo("<p>Hi there</p>");
  }
}
