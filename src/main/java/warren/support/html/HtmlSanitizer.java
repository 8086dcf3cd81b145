package warren.support.html;

import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The one gate every HTML string passes before a browser sees it: what our Markdown renderer
 * writes, and what other servers send us. An allowlist of formatting elements; no scripts, styles,
 * event handlers, frames or forms, and links always carry {@code rel="nofollow ugc"} so that user
 * content lends no search rank.
 */
public final class HtmlSanitizer {
  private static final String[] ELEMENTS = {
      "p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "em", "strong", "del", "s", "sup", "sub",
      "blockquote", "ul", "ol", "li", "code", "pre", "table", "thead", "tbody", "tr", "th", "td",
      "details", "summary", "a", "img"};
  private static final Pattern ALIGN = Pattern.compile("left|center|right");
  private static final Pattern NUMBER = Pattern.compile("[0-9]{1,9}");
  private static final Pattern CODE_LANGUAGE = Pattern.compile("language-[A-Za-z0-9_+#.-]{1,40}");

  /** Our own output may link within the site (mentions are {@code /c/name@host}). */
  private static final PolicyFactory RENDERED = policy(true);
  /**
   * A remote server's relative URL would resolve against our site, not theirs: a link or an image
   * that quietly calls one of our own pages. Only absolute URLs come in.
   */
  private static final PolicyFactory INBOUND = policy(false);

  private HtmlSanitizer() {}

  /** Cleans HTML that Warren itself rendered from Markdown. */
  public static String cleanRendered(String html) {
    return RENDERED.sanitize(html);
  }

  /** Cleans HTML that arrived from elsewhere, such as the content of a federated post or note. */
  public static String cleanInbound(String html) {
    return INBOUND.sanitize(html);
  }

  private static PolicyFactory policy(boolean allowRelative) {
    Predicate<String> link = url -> hasScheme(url, "http", "https", "mailto") || allowRelative && isRelative(url);
    Predicate<String> image = url -> hasScheme(url, "http", "https") || allowRelative && isRelative(url);
    return new HtmlPolicyBuilder()
        .allowElements(ELEMENTS)
        .allowUrlProtocols("http", "https", "mailto")
        .allowAttributes("href").matching(link).onElements("a")
        .allowAttributes("title").onElements("a", "img")
        .requireRelsOnLinks("nofollow", "ugc")
        .allowAttributes("src").matching(image).onElements("img")
        .allowAttributes("alt").onElements("img")
        .allowAttributes("class").matching(true, "emoji").onElements("img")
        .allowAttributes("loading").matching(true, "lazy").onElements("img")
        .allowAttributes("align").matching(ALIGN).onElements("th", "td")
        .allowAttributes("start").matching(NUMBER).onElements("ol")
        .allowAttributes("class").matching(CODE_LANGUAGE).onElements("code")
        .toFactory();
  }

  private static boolean hasScheme(String url, String... schemes) {
    String u = url.strip().toLowerCase(Locale.ROOT);
    for (String s : schemes) {
      if (u.startsWith(s + ":")) return true;
    }
    return false;
  }

  /**
   * A path, query or fragment on this site: no scheme, and not protocol-relative ({@code //host}).
   * An empty URL is no link: it would point at the page itself.
   */
  private static boolean isRelative(String url) {
    String u = url.strip();
    if (u.isEmpty() || u.startsWith("//") || u.startsWith("\\")) return false;
    int colon = u.indexOf(':');
    if (colon < 0) return true;
    // A colon after the first slash, question mark or hash is part of the path, not a scheme.
    int end = u.length();
    for (char c : new char[] {'/', '?', '#'}) {
      int i = u.indexOf(c);
      if (i >= 0 && i < end) end = i;
    }
    return colon > end;
  }
}
