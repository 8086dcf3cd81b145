package warren.domain.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import warren.domain.content.RenderedContent.Kind;
import warren.domain.content.RenderedContent.Source;
import warren.testing.TestSite;

class RenderedContentTest {
  static TestSite site;
  static RenderedContent rendered;

  @BeforeAll
  static void start() {
    site = TestSite.start();
    rendered = site.services().renderedContent();
  }

  @AfterAll
  static void stop() {
    site.close();
  }

  @Test
  void rendersOncePerVersionAndAgainAfterAnEdit() {
    Instant v1 = Instant.parse("2026-01-01T00:00:00Z");
    assertThat(rendered.html(Kind.COMMENT, new Source(41, "> quoted **bold**", v1)))
        .isEqualTo("<blockquote>\n<p>quoted <strong>bold</strong></p>\n</blockquote>\n");
    // A stored rendering is what the next view gets: mark it, and the mark comes back.
    site.sql().useHandle(h -> h.execute("update rendered_content set html = 'stored' where kind = 2 and item_id = 41"));
    assertThat(rendered.html(Kind.COMMENT, new Source(41, "> quoted **bold**", v1))).isEqualTo("stored");
    // An edit has a newer version: rendered again, and stored for the views after it.
    Instant v2 = v1.plusSeconds(60);
    assertThat(rendered.html(Kind.COMMENT, new Source(41, "*edited*", v2))).isEqualTo("<p><em>edited</em></p>\n");
    String stored = site.sql().withHandle(h -> h.createQuery(
        "select html from rendered_content where kind = 2 and item_id = 41").mapTo(String.class).one());
    assertThat(stored).isEqualTo("<p><em>edited</em></p>\n");
  }

  @Test
  void aPageOfItemsIsOneReadAndKindsDoNotMix() {
    Instant v = Instant.parse("2026-02-01T00:00:00Z");
    var html = rendered.html(Kind.POST, List.of(new Source(7, "one", v), new Source(8, "", v),
        new Source(9, "<script>alert(1)</script>", v)));
    assertThat(html).containsOnlyKeys(7, 9);
    assertThat(html.get(7)).isEqualTo("<p>one</p>\n");
    assertThat(html.get(9)).doesNotContain("<script");
    assertThat(rendered.html(Kind.PERSON_BIO, new Source(7, "bio", v))).isEqualTo("<p>bio</p>\n");
    assertThat(rendered.html(Kind.POST, new Source(7, "one", v))).isEqualTo("<p>one</p>\n");
  }
}
