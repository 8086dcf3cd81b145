package warren.web;

import static org.assertj.core.api.Assertions.assertThat;

import gg.jte.output.StringOutput;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import warren.store.comment.Comment;
import warren.testing.TestSite;

class ContentTest {
  static TestSite site;

  @BeforeAll
  static void start() {
    site = TestSite.start();
  }

  @AfterAll
  static void stop() {
    site.close();
  }

  private static Content content() {
    var s = site.services();
    return new Content(s.renderedContent(), s.markdown(), s.customEmojis()::lookup);
  }

  private static String text(gg.jte.Content c) {
    var out = new StringOutput();
    c.writeTo(out);
    return out.toString();
  }

  private static Comment comment(int id, String markdown, Instant published, Instant updated) {
    return new Comment(id, 1, 1, markdown, false, published, updated, false, "https://x/comment/" + id, true,
        "0." + id, false, 0, 1, 1, 0, 0, 0, 0);
  }

  @Test
  void markdownIsRenderedAndSanitized() {
    var c = content();
    assertThat(text(c.markdown("Hello <b>there</b> & **you**")))
        .isEqualTo("<p>Hello &lt;b&gt;there&lt;/b&gt; &amp; <strong>you</strong></p>\n");
    assertThat(text(c.markdown("[x](javascript:alert(1))"))).doesNotContain("javascript");
    assertThat(c.markdown(null).isEmptyContent()).isTrue();
    assertThat(c.markdown("  \n ").isEmptyContent()).isTrue();
  }

  @Test
  void prefetchedCommentsComeFromOneReadAndAnEditShowsAtOnce() {
    Instant t = Instant.parse("2026-03-01T10:00:00Z");
    var first = content();
    first.prefetchComments(List.of(comment(501, "> a quote", t, null), comment(502, "- a\n- b", t, null)));
    assertThat(text(first.comment(comment(501, "> a quote", t, null)))).contains("<blockquote>");
    assertThat(text(first.comment(comment(502, "- a\n- b", t, null)))).contains("<li>b</li>");
    // The next page shows what the first read, from memory: it does not read the store again
    // (a change made behind the store's back does not show)...
    site.sql().useHandle(h -> h.execute("update rendered_content set html = '<p>stored</p>' where item_id = 501"));
    assertThat(text(content().comment(comment(501, "> a quote", t, null)))).contains("<blockquote>");
    // ...until the comment is edited.
    Instant edited = t.plusSeconds(30);
    assertThat(text(content().comment(comment(501, "*new*", t, edited)))).isEqualTo("<p><em>new</em></p>\n");
  }

  @Test
  void longHtmlIsShownWhetherPrefetchedOrNot() {
    Instant t = Instant.parse("2026-03-02T10:00:00Z");
    String longText = "word ".repeat(2000).trim(); // about 10 KB of HTML: over what stays in memory
    var page = content();
    page.prefetchComments(List.of(comment(701, longText, t, null)));
    assertThat(text(page.comment(comment(701, longText, t, null)))).startsWith("<p>word word").hasSizeGreaterThan(9000);
    assertThat(text(content().comment(comment(701, longText, t, null)))).as("the next page reads it again")
        .startsWith("<p>word word").hasSizeGreaterThan(9000);
  }
}
