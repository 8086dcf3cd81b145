package warren.federation.objects;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import warren.federation.protocol.Attachment;
import warren.federation.protocol.Source;

/** What Warren stores for text other servers send. */
class InboundTextTest {

  @Test
  void theMarkdownSourceWinsThenMarkdownContentThenHtml() {
    assertThat(InboundText.markdown("<p>html</p>", "text/html", Source.markdown("**md**"))).isEqualTo("**md**");
    assertThat(InboundText.markdown("*as is*", "text/markdown", null)).isEqualTo("*as is*");
    assertThat(InboundText.markdown("<p>a <em>b</em></p>", "text/html", null)).isEqualTo("a *b*");
    assertThat(InboundText.markdown(null, "text/html", null)).isNull();
  }

  @Test
  void htmlBecomesMarkdown() {
    String html = "<p>First <strong>bold</strong> and <a href=\"https://example.com/a_b\">a link</a>.</p>\n"
        + "<blockquote><p>quoted<br>twice</p></blockquote><ul><li>one</li><li>two</li></ul>"
        + "<ol><li>first</li></ol><pre><code>x = 1 * 2</code></pre><p>#notproud and 3*4</p>";
    assertThat(InboundText.fromHtml(html)).isEqualTo("""
        First **bold** and [a link](https://example.com/a_b).

        > quoted \s
        > twice

        - one
        - two

        1. first

        ```
        x = 1 * 2
        ```

        \\#notproud and 3\\*4""");
  }

  @Test
  void scriptsAndHandlersNeverComeThrough() {
    String md = InboundText.fromHtml("<p onclick=\"x()\">hi</p><script>alert(1)</script>"
        + "<a href=\"javascript:alert(1)\">click</a><img src=\"https://img.example/a.png\" alt=\"cat\">");
    assertThat(md).doesNotContain("alert").doesNotContain("javascript").contains("hi")
        .contains("![cat](https://img.example/a.png)");
  }

  @Test
  void mastodonMentionsAndHashtagsReadAsLinks() {
    String html = "<p><span class=\"h-card\"><a href=\"https://mamot.fr/@retiolus\" class=\"u-url mention\">@"
        + "<span>retiolus</span></a></span> look <a href=\"https://m.example/tags/notproud\" class=\"mention hashtag\">#"
        + "<span>notproud</span></a></p>";
    assertThat(InboundText.fromHtml(html))
        .isEqualTo("[@retiolus](https://mamot.fr/@retiolus) look [\\#notproud](https://m.example/tags/notproud)");
    assertThat(InboundText.plainText(html)).isEqualTo("@retiolus look #notproud");
    assertThat(InboundText.plainText("<p>first line</p><p>second</p>")).isEqualTo("first line\nsecond");
  }

  @Test
  void commentAttachmentsFollowTheText() {
    var attachments = List.of(Attachment.image("https://img.example/cat.png", "a cat"),
        Attachment.link("https://example.com/page", null), Attachment.link("javascript:x", null));
    assertThat(InboundText.withAttachments("text", attachments))
        .isEqualTo("text\n\n![a cat](https://img.example/cat.png)\n\n[https://example.com/page](https://example.com/page)");
  }
}
