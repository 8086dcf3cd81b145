package warren.support.web;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Turns the bytes of an HTML page into text with the encoding the page declares. The order is the
 * HTML standard's: a byte-order mark, then the Content-Type header's charset, then
 * {@code <meta charset>} or {@code <meta http-equiv="Content-Type">}, else UTF-8. Lemmy reads only
 * {@code <meta charset>}; the header and the http-equiv form are what browsers honour too.
 * Bytes that do not decode become U+FFFD rather than failing.
 */
final class HtmlCharset {
  /**
   * Labels that the encoding standard maps to another encoding than Java's namesake: pages that
   * say ISO-8859-1 are written in Windows-1252 (curly quotes at 0x91-0x94), and so on.
   */
  private static final Map<String, String> WHATWG_ALIASES = Map.ofEntries(
      Map.entry("iso-8859-1", "windows-1252"), Map.entry("iso8859-1", "windows-1252"),
      Map.entry("latin1", "windows-1252"), Map.entry("l1", "windows-1252"), Map.entry("ascii", "windows-1252"),
      Map.entry("us-ascii", "windows-1252"), Map.entry("cp1252", "windows-1252"),
      Map.entry("iso-8859-9", "windows-1254"), Map.entry("latin5", "windows-1254"),
      Map.entry("iso-8859-11", "x-windows-874"), Map.entry("tis-620", "x-windows-874"),
      Map.entry("gb2312", "GBK"), Map.entry("x-gbk", "GBK"),
      Map.entry("shift_jis", "windows-31j"), Map.entry("sjis", "windows-31j"), Map.entry("x-sjis", "windows-31j"),
      Map.entry("euc-kr", "x-windows-949"), Map.entry("ks_c_5601-1987", "x-windows-949"),
      Map.entry("utf8", "UTF-8"), Map.entry("unicode-1-1-utf-8", "UTF-8"));

  private HtmlCharset() {}

  static String decode(byte[] bytes, String contentTypeHeader) {
    if (startsWith(bytes, 0xef, 0xbb, 0xbf)) return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    if (startsWith(bytes, 0xfe, 0xff)) return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
    if (startsWith(bytes, 0xff, 0xfe)) return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
    Optional<Charset> charset = Optional.ofNullable(contentTypeHeader)
        .flatMap(ContentTypes::charsetParam)
        .flatMap(HtmlCharset::forLabel);
    if (charset.isEmpty()) {
      // ASCII-compatible view of the bytes, good enough to read the <meta> tags that name the charset
      String prescan = new String(bytes, StandardCharsets.ISO_8859_1);
      charset = Optional.ofNullable(HtmlHeadScanner.scan(prescan).charset()).flatMap(HtmlCharset::forLabel)
          .map(c -> c.name().startsWith("UTF-16") ? StandardCharsets.UTF_8 : c); // a page in UTF-16 has a BOM
    }
    return new String(bytes, charset.orElse(StandardCharsets.UTF_8));
  }

  /** The charset a label names, by the encoding standard's aliases first; empty when unknown. */
  static Optional<Charset> forLabel(String label) {
    String l = label.strip().toLowerCase(Locale.ROOT);
    if (l.isEmpty()) return Optional.empty();
    String name = WHATWG_ALIASES.getOrDefault(l, l);
    try {
      return Charset.isSupported(name) ? Optional.of(Charset.forName(name)) : Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static boolean startsWith(byte[] b, int... prefix) {
    return b.length >= prefix.length
        && Arrays.equals(Arrays.copyOf(b, prefix.length), toBytes(prefix));
  }

  private static byte[] toBytes(int[] ints) {
    byte[] out = new byte[ints.length];
    for (int i = 0; i < ints.length; i++) out[i] = (byte) ints[i];
    return out;
  }
}
