package warren.support.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import warren.support.markdown.Emoji;
import warren.support.markdown.EmojiLookup;
import warren.support.markdown.MarkdownRenderer;

/**
 * Attacks through Markdown and through raw HTML: whatever comes out may hold only allowlisted
 * tags and attributes, and no URL that runs code.
 */
class XssTest {
  private static final MarkdownRenderer MD = new MarkdownRenderer("warren.test");
  private static final EmojiLookup EMOJIS = EmojiLookup.of(Map.of(
      "evil", new Emoji("evil", "javascript:alert(1)", "\"><script>alert(1)</script>"),
      "ok", new Emoji("ok", "https://warren.test/ok.png\" onerror=\"alert(1)", "ok")));

  private static final List<String> ATTACKS = List.of(
      "<script>alert(1)</script>",
      "a <script>alert(1)</script> b",
      "<img src=x onerror=alert(1)>",
      "text <img src=x onerror=alert(1)> text",
      "<a href=\"javascript:alert(1)\">x</a>",
      "text <a href=\"javascript:alert(1)\">x</a>",
      "[x](javascript:alert(1))",
      "[x](JaVaScRiPt:alert(1)) [y](vbscript:msgbox(1)) [z](data:text/html;base64,PHNjcmlwdD4=)",
      "[x](jav&#x09;ascript:alert(1)) [y](&#106;avascript:alert(1)) [z]( javascript:alert(1))",
      "![x](javascript:alert(1)) ![y](data:image/svg+xml;base64,PHN2Zz4=)",
      "[x][ref]\n\n[ref]: javascript:alert(1)",
      "<javascript:alert(1)>",
      "<iframe src=\"https://evil.example\"></iframe>",
      "text <iframe src=\"https://evil.example\"></iframe>",
      "<svg onload=alert(1)><circle r=1 /></svg>",
      "x <svg/onload=alert(1)>",
      "<p style=\"background:url(javascript:alert(1))\">styled</p>",
      "x <span style=\"position:fixed\">s</span>",
      "<style>body{display:none}</style>",
      "<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>",
      "<form action=\"https://evil.example\"><input name=p></form>",
      "<object data=\"x.swf\"></object><embed src=\"x.swf\">",
      "<details open ontoggle=alert(1)><summary>s</summary></details>",
      "::: spoiler <img src=x onerror=alert(1)>\nbody\n:::",
      "2^<img/src/onerror=alert(1)>^ and H~<script>~",
      "@x\"onmouseover=\"alert(1)@evil.example and !c<script>@evil.example",
      ":evil: :ok:",
      "[:evil:](https://example.com)");

  private static final Set<String> TAGS = Set.of("p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "em", "strong",
      "del", "s", "sup", "sub", "blockquote", "ul", "ol", "li", "code", "pre", "table", "thead", "tbody", "tr", "th",
      "td", "details", "summary", "a", "img");
  private static final Set<String> ATTRIBUTES = Set.of("href", "rel", "title", "src", "alt", "class", "loading",
      "align", "start");
  private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>");
  /** A URL's scheme: what comes before the first colon, when no slash, ? or # comes first. */
  private static final Pattern SCHEME = Pattern.compile("[^/?#]*:");
  private static final Pattern NUMERIC_REFERENCE = Pattern.compile("&#(?:[xX]([0-9a-fA-F]{1,6})|([0-9]{1,7}));?");
  private static final Pattern ATTRIBUTE = Pattern.compile("([^\\s=/]+)(?:=\"([^\"]*)\")?");

  @Test
  void markdownAttacksLeaveOnlySafeHtml() {
    for (String attack : ATTACKS) {
      assertSafe(attack, MD.toHtml(attack, EMOJIS));
    }
  }

  @Test
  void rawHtmlAttacksLeaveOnlySafeHtml() {
    for (String attack : ATTACKS) {
      assertSafe(attack, HtmlSanitizer.cleanRendered(attack));
      assertSafe(attack, HtmlSanitizer.cleanInbound(attack));
    }
  }

  @Test
  void theCheckerCatchesWhatItMust() {
    for (String bad : List.of("<script>", "<img src=\"x\" onerror=\"y\" />", "<a href=\"javascript:x\">",
        "<p style=\"color:red\">", "<iframe>", "<svg>", "<img src=\"data:image/png,x\" />",
        "<a href=\"&#106;avascript&#58;x\">")) {
      assertThat(problems(bad)).as(bad).isNotEmpty();
    }
    assertThat(problems("<p><a href=\"https://x.example/\" rel=\"nofollow ugc\">x</a></p>")).isEmpty();
  }

  @Test
  void scriptTextIsDroppedAndDangerousLinksLoseTheirHref() {
    assertThat(HtmlSanitizer.cleanInbound("<p>hi<script>alert(1)</script></p>")).isEqualTo("<p>hi</p>");
    assertThat(HtmlSanitizer.cleanInbound("<a href=\"javascript:alert(1)\">x</a>")).isEqualTo("x");
    assertThat(MD.toHtml("[x](javascript:alert(1))")).isEqualTo("<p>x</p>\n");
    assertThat(HtmlSanitizer.cleanInbound("<img src=x onerror=alert(1)>")).doesNotContain("onerror");
  }

  private static void assertSafe(String input, String html) {
    assertThat(problems(html)).as("output of %s: %s", input, html).isEmpty();
  }

  /** What is wrong with an HTML string: tags and attributes off the list, and URLs that run code. */
  static List<String> problems(String html) {
    var found = new java.util.ArrayList<String>();
    Matcher tag = TAG.matcher(html);
    while (tag.find()) {
      String name = tag.group(2).toLowerCase(Locale.ROOT);
      if (!TAGS.contains(name)) found.add("tag " + name);
      Matcher attr = ATTRIBUTE.matcher(tag.group(3));
      while (attr.find()) {
        String a = attr.group(1).toLowerCase(Locale.ROOT);
        String value = attr.group(2) == null ? "" : decode(attr.group(2)).toLowerCase(Locale.ROOT);
        if (!ATTRIBUTES.contains(a)) found.add("attribute " + a + " on " + name);
        if ((a.equals("href") || a.equals("src")) && SCHEME.matcher(value).lookingAt()
            && !value.matches("(https?|mailto):.*")) {
          found.add("url " + value);
        }
      }
    }
    // Markup that escaped its attribute or its text would show here. that escaped its attribute would show up as text that looks like markup.
    if (html.toLowerCase(Locale.ROOT).contains("<script")) found.add("script");
    return found;
  }

  /** Numeric character references, as a browser reads them in an attribute. */
  private static String decode(String value) {
    return NUMERIC_REFERENCE.matcher(value).replaceAll(m -> Character.toString(m.group(1) != null
        ? Integer.parseInt(m.group(1), 16) : Integer.parseInt(m.group(2))));
  }
}
