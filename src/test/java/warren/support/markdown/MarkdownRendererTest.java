package warren.support.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Markdown as Lemmy users write it, and the HTML that Warren shows for it. */
class MarkdownRendererTest {
  private static final MarkdownRenderer MD = new MarkdownRenderer("warren.test");
  private static final EmojiLookup EMOJIS = EmojiLookup.of(Map.of(
      "chefs-kiss", new Emoji("chefs-kiss", "https://warren.test/pictrs/image/kiss.png", "chef kissing fingers"),
      "lenin_dab", new Emoji("lenin_dab", "https://warren.test/pictrs/image/dab.gif", "Lenin dabbing")));
  private static final String KISS = "<img class=\"emoji\" src=\"https://warren.test/pictrs/image/kiss.png\" "
      + "alt=\"chef kissing fingers\" title=\":chefs-kiss:\" loading=\"lazy\" />";

  private static String html(String markdown) {
    return MD.toHtml(markdown, EMOJIS);
  }

  /** The sanitizer writes its own white space between blocks; the tests compare without it. */
  private static String flat(String markdown) {
    return html(markdown).replace("\n", "");
  }

  @Test
  void paragraphsAndEmphasis() {
    assertThat(flat("First *one* and **two**\n\nSecond ~~gone~~")).isEqualTo(
        "<p>First <em>one</em> and <strong>two</strong></p><p>Second <del>gone</del></p>");
  }

  @Test
  void gfmTable() {
    assertThat(flat("| name | count |\n|:--|--:|\n| apples | 3 |")).isEqualTo(
        "<table><thead><tr><th align=\"left\">name</th><th align=\"right\">count</th></tr></thead>"
            + "<tbody><tr><td align=\"left\">apples</td><td align=\"right\">3</td></tr></tbody></table>");
  }

  @Test
  void blockQuoteHoldsOtherBlocks() {
    assertThat(flat("> #### Hello\n> - Hola\n>> Goodbye")).isEqualTo(
        "<blockquote><h4>Hello</h4><ul><li>Hola</li></ul><blockquote><p>Goodbye</p></blockquote></blockquote>");
  }

  @Test
  void orderedAndUnorderedLists() {
    assertThat(flat("3. pen\n4. apple\n\n- pen\n- pineapple")).isEqualTo(
        "<ol start=\"3\"><li>pen</li><li>apple</li></ol><ul><li>pen</li><li>pineapple</li></ul>");
  }

  @Test
  void codeKeepsItsLanguageClass() {
    assertThat(flat("```java\nint x = 1 < 2;\n```")).isEqualTo(
        "<pre><code class=\"language-java\">int x &#61; 1 &lt; 2;</code></pre>");
  }

  @Test
  void linksAreMarkedAsUserContent() {
    assertThat(flat("[Lemmy](https://join-lemmy.org/ \"Join Lemmy!\")")).isEqualTo(
        "<p><a href=\"https://join-lemmy.org/\" title=\"Join Lemmy!\" rel=\"nofollow ugc\">Lemmy</a></p>");
    assertThat(flat("see https://example.com/a?b=1 now")).isEqualTo(
        "<p>see <a href=\"https://example.com/a?b&#61;1\" rel=\"nofollow ugc\">https://example.com/a?b&#61;1</a> now</p>");
  }

  @Test
  void imagesOverHttpOnly() {
    assertThat(flat("![a cat](https://example.com/cat.png \"Cat\")")).isEqualTo(
        "<p><img src=\"https://example.com/cat.png\" alt=\"a cat\" title=\"Cat\" /></p>");
    assertThat(flat("![x](data:image/png;base64,AAAA) ![y](ftp://example.com/y.png)"))
        .isEqualTo("<p><img alt=\"x\" /> <img alt=\"y\" /></p>");
  }

  @Test
  void imagesThatLemmyClientsInsertAsEmojiAreDrawnAsEmoji() {
    assertThat(flat("![party](https://example.com/party.gif \"emoji party\")")).isEqualTo(
        "<p><img src=\"https://example.com/party.gif\" alt=\"party\" title=\"emoji party\" class=\"emoji\" "
            + "loading=\"lazy\" /></p>");
  }

  @Test
  void spoilerFoldsItsBody() {
    assertThat(flat("hey\n::: spoiler click to see more\nhow **spicy**!\n\n- a list\n:::\nafter")).isEqualTo(
        "<p>hey</p><details><summary>click to see more</summary><p>how <strong>spicy</strong>!</p>"
            + "<ul><li>a list</li></ul></details><p>after</p>");
  }

  @Test
  void spoilerTitleIsPlainTextAndRequired() {
    assertThat(flat("::: spoiler _not <b>bold</b>_\nx\n:::")).isEqualTo(
        "<details><summary>_not &lt;b&gt;bold&lt;/b&gt;_</summary><p>x</p></details>");
    assertThat(html("::: spoiler\nno title\n:::")).isEqualTo("<p>::: spoiler\nno title\n:::</p>\n");
  }

  @Test
  void spoilersNestWithLongerFences() {
    assertThat(flat(":::: spoiler outer\n::: spoiler inner\ndeep\n:::\nshallow\n::::")).isEqualTo(
        "<details><summary>outer</summary><details><summary>inner</summary><p>deep</p></details>"
            + "<p>shallow</p></details>");
  }

  @Test
  void superscriptAndSubscript() {
    assertThat(flat("2^10^ is H~2~O but ~~struck~~")).isEqualTo(
        "<p>2<sup>10</sup> is H<sub>2</sub>O but <del>struck</del></p>");
    assertThat(flat("about ~5 km, x^2 + y^2, ~not sub~ and /~user/~x")).isEqualTo(
        "<p>about ~5 km, x^2 &#43; y^2, ~not sub~ and /~user/~x</p>");
  }

  @Test
  void communityAndUserLinks() {
    assertThat(flat("ask !asklemmy@lemmy.ml or @joey@hexbear.net")).isEqualTo(
        "<p>ask <a href=\"/c/asklemmy&#64;lemmy.ml\" rel=\"nofollow ugc\">!asklemmy&#64;lemmy.ml</a> or "
            + "<a href=\"/u/joey&#64;hexbear.net\" rel=\"nofollow ugc\">&#64;joey&#64;hexbear.net</a></p>");
  }

  @Test
  void localMentionsLinkWithoutTheHost() {
    assertThat(flat("!news@warren.test and @me@Warren.test:8536")).isEqualTo(
        "<p><a href=\"/c/news\" rel=\"nofollow ugc\">!news&#64;warren.test</a> and "
            + "<a href=\"/u/me\" rel=\"nofollow ugc\">&#64;me&#64;Warren.test:8536</a></p>");
  }

  @Test
  void mentionsAreNotLinkedInsideCodeLinksOrAddresses() {
    assertThat(flat("`!c@lemmy.ml`")).isEqualTo("<p><code>!c&#64;lemmy.ml</code></p>");
    assertThat(flat("```\n@u@lemmy.ml\n```")).isEqualTo("<pre><code>&#64;u&#64;lemmy.ml</code></pre>");
    assertThat(flat("[!c@lemmy.ml](https://example.com)")).isEqualTo(
        "<p><a href=\"https://example.com\" rel=\"nofollow ugc\">!c&#64;lemmy.ml</a></p>");
    assertThat(flat("mail me@lemmy.ml")).isEqualTo(
        "<p>mail <a href=\"mailto:me&#64;lemmy.ml\" rel=\"nofollow ugc\">me&#64;lemmy.ml</a></p>");
    assertThat(flat("https://mastodon.social/@joe@lemmy.ml")).doesNotContain("/u/");
  }

  @Test
  void customEmojiShortcodes() {
    assertThat(flat("so good :chefs-kiss:")).isEqualTo("<p>so good " + KISS + "</p>");
    assertThat(flat(":chefs-kiss::chefs-kiss:")).isEqualTo("<p>" + KISS + KISS + "</p>");
    assertThat(flat("**:lenin_dab:**")).contains("<strong><img class=\"emoji\"", "title=\":lenin_dab:\"");
  }

  @Test
  void unknownShortcodesStayText() {
    assertThat(flat(":no-such-emoji: at 10:30:45")).isEqualTo("<p>:no-such-emoji: at 10:30:45</p>");
    assertThat(MD.toHtml(":chefs-kiss:")).isEqualTo("<p>:chefs-kiss:</p>\n");
  }

  @Test
  void emojiShortcodesInCodeOrUrlsStayText() {
    assertThat(flat("`:chefs-kiss:`")).isEqualTo("<p><code>:chefs-kiss:</code></p>");
    assertThat(flat("```\n:chefs-kiss:\n```")).isEqualTo("<pre><code>:chefs-kiss:</code></pre>");
    assertThat(flat("    :chefs-kiss:")).isEqualTo("<pre><code>:chefs-kiss:</code></pre>");
    assertThat(flat("https://example.com/:chefs-kiss:")).doesNotContain("<img");
    assertThat(flat("![:chefs-kiss:](https://example.com/a.png)")).doesNotContain("class=\"emoji\"");
  }

  @Test
  void rawHtmlIsShownAsText() {
    assertThat(flat("a <b>bold</b> claim & more")).isEqualTo("<p>a &lt;b&gt;bold&lt;/b&gt; claim &amp; more</p>");
  }

  @Test
  void emptyInputRendersNothing() {
    assertThat(MD.toHtml("")).isEmpty();
    assertThat(MD.toHtml(null)).isEmpty();
  }

  @Test
  void aLongCommentRendersQuicklyAndIdenticallyOnManyThreads() throws Exception {
    String paragraph = "> Quoting !memes@lemmy.ml and @joe@hexbear.net :chefs-kiss: with a [link](https://a.example/x) "
        + "and **bold** text, 2^10^ and H~2~O.\n\n- one\n- two\n\n";
    String comment = paragraph.repeat(10_000 / paragraph.length());
    assertThat(comment.length()).isBetween(9_000, 10_000);
    String expected = html(comment);
    assertThat(expected).contains("<blockquote>", "<li>two</li>", KISS);

    long start = System.nanoTime();
    for (int i = 0; i < 50; i++) html(comment);
    long perRenderMicros = (System.nanoTime() - start) / 50 / 1000;
    // Measured at ~2 ms here; the bound only catches a pathological slowdown.
    assertThat(perRenderMicros).isLessThan(100_000);

    try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
      List<Future<String>> results = new ArrayList<>();
      for (int i = 0; i < 16; i++) results.add(pool.submit(() -> html(comment)));
      for (Future<String> r : results) assertThat(r.get()).isEqualTo(expected);
    }
  }

  @Test
  void hostileNestingStaysFast() {
    long start = System.nanoTime();
    html(">".repeat(5_000) + " deep");
    html("[".repeat(5_000) + "](x)" + "*".repeat(5_000) + "a" + "_".repeat(5_000));
    html("^a".repeat(5_000) + "~b".repeat(5_000));
    html(":" + "a".repeat(9_000) + " :x" .repeat(300));
    html("!a@" + "b.".repeat(4_000) + "c");
    assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(5_000);
  }
}
