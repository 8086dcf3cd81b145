package warren.support.web;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Finds {@code <title>} and {@code <meta>} in the head of an HTML page without building a DOM.
 * Tolerant as a browser: unquoted and single-quoted attributes, any case, comments, and
 * {@code <script>}/{@code <style>} bodies skipped so that markup inside them does not count.
 * Scanning stops at {@code <body>}, since Lemmy (through the {@code webpage} crate) reads meta
 * tags from the head only. Which tag wins follows that crate: the last {@code <title>},
 * description and {@code og:title}/{@code og:description}, but the first {@code og:image} and
 * {@code og:video} (each may also be written {@code og:image:url}, {@code og:video:url}).
 * Tags with empty content are ignored.
 */
final class HtmlHeadScanner {
  /** What the head says. Values are entity-decoded and trimmed; absent ones are null. */
  record HeadTags(String title, String description, String ogTitle, String ogDescription, String ogImage,
      String ogVideo, String ogVideoSecureUrl, String charset) {}

  private final String html;
  private int pos;
  private String title;
  private String description;
  private String ogTitle;
  private String ogDescription;
  private String ogImage;
  private String ogVideo;
  private String ogVideoSecureUrl;
  private String charset;

  private HtmlHeadScanner(String html) {
    this.html = html;
  }

  static HeadTags scan(String html) {
    HtmlHeadScanner s = new HtmlHeadScanner(html);
    s.run();
    return new HeadTags(s.title, s.description, s.ogTitle, s.ogDescription, s.ogImage, s.ogVideo,
        s.ogVideoSecureUrl, s.charset);
  }

  private void run() {
    int n = html.length();
    while (pos < n) {
      int lt = html.indexOf('<', pos);
      if (lt < 0 || lt + 1 >= n) return;
      if (html.startsWith("<!--", lt)) {
        int end = html.indexOf("-->", lt + 4);
        pos = end < 0 ? n : end + 3;
        continue;
      }
      char next = html.charAt(lt + 1);
      if (next == '!' || next == '?') { // doctype, CDATA, processing instruction
        int end = html.indexOf('>', lt);
        pos = end < 0 ? n : end + 1;
        continue;
      }
      boolean closing = next == '/';
      int nameStart = lt + (closing ? 2 : 1);
      if (nameStart >= n || !isAsciiLetter(html.charAt(nameStart))) {
        pos = lt + 1; // a lone '<' in text
        continue;
      }
      int nameEnd = nameStart;
      while (nameEnd < n && !isSpace(html.charAt(nameEnd)) && html.charAt(nameEnd) != '/' && html.charAt(nameEnd) != '>') {
        nameEnd++;
      }
      String name = html.substring(nameStart, nameEnd).toLowerCase(Locale.ROOT);
      Map<String, String> attrs = new HashMap<>();
      pos = readAttributes(nameEnd, attrs);
      if (closing) continue;
      switch (name) {
        case "body" -> { return; }
        case "meta" -> meta(attrs);
        case "title" -> {
          String t = clean(rawText("title"));
          if (!t.isEmpty()) title = t;
        }
        case "script", "style", "noscript", "template", "textarea", "xmp", "iframe", "noembed", "noframes" ->
            rawText(name);
        default -> { }
      }
    }
  }

  /** Reads attributes up to the end of the tag; returns the position after '>'. Duplicates: first wins. */
  private int readAttributes(int from, Map<String, String> attrs) {
    int n = html.length();
    int i = from;
    while (i < n) {
      char c = html.charAt(i);
      if (c == '>') return i + 1;
      if (isSpace(c) || c == '/') {
        i++;
        continue;
      }
      int nameStart = i;
      while (i < n && !isSpace(html.charAt(i)) && "/>=".indexOf(html.charAt(i)) < 0) i++;
      if (i == nameStart) i++; // a stray '=': skip it
      String name = html.substring(nameStart, i).toLowerCase(Locale.ROOT);
      while (i < n && isSpace(html.charAt(i))) i++;
      String value = "";
      if (i < n && html.charAt(i) == '=') {
        i++;
        while (i < n && isSpace(html.charAt(i))) i++;
        if (i < n && (html.charAt(i) == '"' || html.charAt(i) == '\'')) {
          char quote = html.charAt(i);
          int end = html.indexOf(quote, i + 1);
          if (end < 0) end = n;
          value = html.substring(i + 1, end);
          i = Math.min(n, end + 1);
        } else {
          int start = i;
          while (i < n && !isSpace(html.charAt(i)) && html.charAt(i) != '>') i++;
          value = html.substring(start, i);
        }
      }
      if (!name.isEmpty()) attrs.putIfAbsent(name, value);
    }
    return n;
  }

  /** The text up to {@code </name}, moving past the closing tag. */
  private String rawText(String name) {
    int n = html.length();
    int start = pos;
    int i = start;
    while (true) {
      int lt = html.indexOf("</", i);
      if (lt < 0) {
        pos = n;
        return html.substring(start);
      }
      int after = lt + 2 + name.length();
      if (html.regionMatches(true, lt + 2, name, 0, name.length())
          && (after >= n || isSpace(html.charAt(after)) || html.charAt(after) == '>' || html.charAt(after) == '/')) {
        int gt = html.indexOf('>', after);
        pos = gt < 0 ? n : gt + 1;
        return html.substring(start, lt);
      }
      i = lt + 2;
    }
  }

  private void meta(Map<String, String> attrs) {
    String cs = attrs.get("charset");
    if (cs != null && !cs.isBlank()) charset = cs.strip();
    String content = attrs.get("content");
    if (content == null) return;
    String key = attrs.get("property");
    if (key == null) key = attrs.get("name");
    if (key == null) key = attrs.get("http-equiv");
    if (key == null) return;
    key = key.strip().toLowerCase(Locale.ROOT);
    String value = clean(content);
    if (value.isEmpty()) return; // an empty tag says nothing; it must not hide a later or fallback one
    if (key.equals("content-type") && charset == null) {
      ContentTypes.charsetParam(value).ifPresent(c -> charset = c);
    } else if (key.equals("description")) {
      description = value;
    } else if (key.startsWith("og:")) {
      switch (key.substring(3)) {
        case "title" -> ogTitle = value;
        case "description" -> ogDescription = value;
        case "image", "image:url" -> ogImage = ogImage != null ? ogImage : value;
        case "video", "video:url" -> ogVideo = ogVideo != null ? ogVideo : value;
        case "video:secure_url" -> ogVideoSecureUrl = ogVideoSecureUrl != null ? ogVideoSecureUrl : value;
        default -> { }
      }
    }
  }

  private static String clean(String raw) {
    return HtmlEntities.decode(raw).strip();
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
}
