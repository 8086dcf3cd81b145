package warren.federation.objects;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.regex.Pattern;
import warren.federation.protocol.Attachment;
import warren.federation.protocol.Source;
import warren.support.html.HtmlSanitizer;

/**
 * The Markdown Warren stores for text another server sent. As Lemmy reads it
 * ({@code read_from_string_or_source}): the Markdown {@code source} when there is one, the
 * content itself when its media type is Markdown, else the HTML, first cleaned by
 * {@link HtmlSanitizer#cleanInbound}, then turned into Markdown (Lemmy uses html2md), so that
 * what Warren renders from it passes the same renderer and sanitizer as local text.
 */
public final class InboundText {
  private static final Pattern BLANK_LINES = Pattern.compile("\n{3,}");
  private static final Pattern SPECIAL = Pattern.compile("([\\\\`*_\\[\\]<>~|])");

  private InboundText() {}

  /** The Markdown of {@code content} with its {@code mediaType} and {@code source}; null stays null. */
  public static String markdown(String content, String mediaType, Source source) {
    if (source != null && source.content() != null
        && (source.mediaType() == null || source.mediaType().equalsIgnoreCase(Source.MARKDOWN))) {
      return source.content();
    }
    if (content == null) return null;
    if (Source.MARKDOWN.equalsIgnoreCase(mediaType)) return content;
    return fromHtml(content);
  }

  /** Lemmy shows a comment's attachments as Markdown after its text: images inline, others as links. */
  public static String withAttachments(String markdown, List<Attachment> attachments) {
    if (attachments == null || attachments.isEmpty()) return markdown;
    StringBuilder s = new StringBuilder(markdown == null ? "" : markdown);
    for (Attachment a : attachments) {
      String url = a.target();
      if (url == null || !(url.startsWith("https://") || url.startsWith("http://"))) continue;
      s.append("\n\n");
      boolean image = "Image".equals(a.type()) || (a.mediaType() != null && a.mediaType().startsWith("image/"));
      String label = a.name() == null ? "" : escape(a.name());
      s.append(image ? "![" + label + "](" + url + ")" : "[" + (label.isEmpty() ? url : label) + "](" + url + ")");
    }
    return s.toString();
  }

  /** HTML to Markdown: cleaned first, then paragraphs, breaks, emphasis, code, quotes, lists, links, images. */
  public static String fromHtml(String html) {
    Writer w = new Writer();
    org.owasp.html.HtmlSanitizer.sanitize(HtmlSanitizer.cleanInbound(html), w);
    String md = BLANK_LINES.matcher(w.out.peek().toString()).replaceAll("\n\n");
    return md.strip();
  }

  /** Plain text of HTML, a line per block, for a title taken from a post's first line. */
  public static String plainText(String html) {
    StringBuilder text = new StringBuilder();
    org.owasp.html.HtmlSanitizer.sanitize(HtmlSanitizer.cleanInbound(html), new org.owasp.html.HtmlSanitizer.Policy() {
      @Override
      public void openDocument() {}

      @Override
      public void closeDocument() {}

      @Override
      public void openTag(String name, List<String> attrs) {
        if (name.equals("br") || name.equals("p") || name.equals("li") || name.equals("div")) text.append('\n');
      }

      @Override
      public void closeTag(String name) {}

      @Override
      public void text(String chunk) {
        text.append(chunk.replaceAll("[ \\t\\r\\n]+", " "));
      }
    });
    return text.toString().strip();
  }

  static String escape(String text) {
    return SPECIAL.matcher(text).replaceAll("\\\\$1");
  }

  /** Receives the cleaned HTML's events and writes Markdown; nested quotes and links get a buffer each. */
  private static final class Writer implements org.owasp.html.HtmlSanitizer.Policy {
    final Deque<StringBuilder> out = new ArrayDeque<>(List.of(new StringBuilder()));
    final Deque<String> hrefs = new ArrayDeque<>();
    final Deque<int[]> lists = new ArrayDeque<>(); // {ordered ? next number : -1}
    int pre;

    StringBuilder cur() {
      return out.peek();
    }

    void block() {
      StringBuilder s = cur();
      int n = s.length();
      if (n == 0) return;
      if (s.charAt(n - 1) != '\n') s.append("\n\n");
      else if (n < 2 || s.charAt(n - 2) != '\n') s.append('\n');
    }

    void line() {
      StringBuilder s = cur();
      if (!s.isEmpty() && s.charAt(s.length() - 1) != '\n') s.append('\n');
    }

    @Override
    public void openDocument() {}

    @Override
    public void closeDocument() {}

    @Override
    public void openTag(String name, List<String> attrs) {
      switch (name) {
        case "p", "div", "table" -> block();
        case "br" -> cur().append(pre > 0 ? "\n" : "  \n");
        case "hr" -> { block(); cur().append("---\n\n"); }
        case "h1", "h2", "h3", "h4", "h5", "h6" -> { block(); cur().append("#".repeat(name.charAt(1) - '0')).append(' '); }
        case "strong", "b" -> cur().append("**");
        case "em", "i" -> cur().append('*');
        case "del", "s" -> cur().append("~~");
        case "code" -> { if (pre == 0) cur().append('`'); }
        case "pre" -> { block(); cur().append("```\n"); pre++; }
        case "blockquote" -> { block(); out.push(new StringBuilder()); }
        case "ul" -> { line(); lists.push(new int[] {-1}); }
        case "ol" -> { line(); lists.push(new int[] {1}); }
        case "li" -> {
          line();
          int[] list = lists.isEmpty() ? new int[] {-1} : lists.peek();
          cur().append("  ".repeat(Math.max(0, lists.size() - 1)));
          cur().append(list[0] < 0 ? "- " : (list[0]++) + ". ");
        }
        case "tr" -> line();
        case "a" -> { hrefs.push(attr(attrs, "href")); out.push(new StringBuilder()); }
        case "img" -> {
          String src = attr(attrs, "src");
          if (!src.isEmpty()) cur().append("![").append(escape(attr(attrs, "alt"))).append("](").append(src).append(')');
        }
        default -> { }
      }
    }

    @Override
    public void closeTag(String name) {
      switch (name) {
        case "p", "div", "table", "h1", "h2", "h3", "h4", "h5", "h6" -> block();
        case "strong", "b" -> cur().append("**");
        case "em", "i" -> cur().append('*');
        case "del", "s" -> cur().append("~~");
        case "code" -> { if (pre == 0) cur().append('`'); }
        case "pre" -> { line(); cur().append("```"); pre = Math.max(0, pre - 1); block(); }
        case "blockquote" -> {
          if (out.size() < 2) return;
          String quoted = out.pop().toString().strip();
          block();
          for (String l : quoted.split("\n", -1)) cur().append(l.isEmpty() ? ">" : "> " + l).append('\n');
          cur().append('\n');
        }
        case "ul", "ol" -> { if (!lists.isEmpty()) lists.pop(); block(); }
        case "td", "th" -> cur().append(' ');
        case "a" -> {
          if (out.size() < 2 || hrefs.isEmpty()) return;
          String text = out.pop().toString().strip();
          String href = hrefs.pop();
          if (href.isEmpty()) cur().append(text);
          else cur().append('[').append(text.isEmpty() ? href : text).append("](").append(href).append(')');
        }
        default -> { }
      }
    }

    @Override
    public void text(String text) {
      if (pre > 0) {
        cur().append(text);
        return;
      }
      String t = text.replaceAll("\\s+", " ");
      StringBuilder s = cur();
      if (s.isEmpty() || s.charAt(s.length() - 1) == '\n') t = t.stripLeading();
      if (t.isEmpty()) return;
      String escaped = escape(t);
      if (s.isEmpty() || s.charAt(s.length() - 1) == '\n') {
        escaped = escaped.replaceFirst("^([#+=-])", "\\\\$1").replaceFirst("^(\\d+)([.)])", "$1\\\\$2");
      }
      s.append(escaped);
    }

    private static String attr(List<String> attrs, String name) {
      for (int i = 0; i + 1 < attrs.size(); i += 2) {
        if (attrs.get(i).equals(name)) return attrs.get(i + 1);
      }
      return "";
    }
  }
}
