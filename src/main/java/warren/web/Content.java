package warren.web;

import gg.jte.TemplateOutput;

/**
 * The one place where user-written text (post bodies, comments, bios, sidebars) becomes HTML.
 * For now it escapes the text and keeps blank-line-separated paragraphs and line breaks; the
 * Markdown renderer and sanitizer of {@code warren.support.markdown} plug in at {@link #render}.
 */
public final class Content {
  private Content() {}

  /** The HTML for {@code markdown}, to write unescaped; empty for null or blank text. */
  public static gg.jte.Content html(String markdown) {
    String html = render(markdown);
    return new gg.jte.Content() {
      @Override
      public void writeTo(TemplateOutput output) {
        output.writeContent(html);
      }

      @Override
      public boolean isEmptyContent() {
        return html.isEmpty();
      }
    };
  }

  /** Safe HTML: every character of the input is escaped, so no markup of the author's survives. */
  static String render(String markdown) {
    if (markdown == null || markdown.isBlank()) return "";
    StringBuilder out = new StringBuilder(markdown.length() + 32);
    for (String paragraph : markdown.strip().split("\\R\\s*\\R")) {
      if (paragraph.isBlank()) continue;
      out.append("<p>").append(escape(paragraph.strip()).replaceAll("\\R", "<br>\n")).append("</p>\n");
    }
    return out.toString();
  }

  static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}
