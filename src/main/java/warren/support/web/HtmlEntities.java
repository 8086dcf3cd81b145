package warren.support.web;

import java.nio.charset.Charset;
import java.util.HashMap;
import java.util.Map;

/**
 * Decodes character references in HTML text and attribute values: numeric ones, and the named
 * ones that page titles and descriptions actually use (HTML 4's Latin-1 set and common
 * punctuation). An unknown name is left as written, as browsers do.
 */
final class HtmlEntities {
  private static final Map<String, Integer> NAMED = new HashMap<>();

  static {
    String latin1 = "nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn"
        + " sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute"
        + " Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde"
        + " Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave"
        + " aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth"
        + " ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml";
    String[] names = latin1.split(" ");
    if (names.length != 96) throw new IllegalStateException("Latin-1 entity table must cover 160-255");
    for (int i = 0; i < names.length; i++) NAMED.put(names[i], 160 + i);
    Object[] more = {"quot", 34, "amp", 38, "apos", 39, "lt", 60, "gt", 62, "OElig", 338, "oelig", 339,
        "Scaron", 352, "scaron", 353, "Yuml", 376, "fnof", 402, "circ", 710, "tilde", 732, "ensp", 8194,
        "emsp", 8195, "thinsp", 8201, "zwnj", 8204, "zwj", 8205, "lrm", 8206, "rlm", 8207, "ndash", 8211,
        "mdash", 8212, "lsquo", 8216, "rsquo", 8217, "sbquo", 8218, "ldquo", 8220, "rdquo", 8221,
        "bdquo", 8222, "dagger", 8224, "Dagger", 8225, "bull", 8226, "hellip", 8230, "permil", 8240,
        "prime", 8242, "Prime", 8243, "lsaquo", 8249, "rsaquo", 8250, "euro", 8364, "trade", 8482,
        "larr", 8592, "rarr", 8594, "hearts", 9829, "star", 9734, "check", 10003};
    for (int i = 0; i < more.length; i += 2) NAMED.put((String) more[i], (Integer) more[i + 1]);
  }

  /** Legacy references that pages still write without the semicolon. */
  private static final java.util.Set<String> BARE_OK = java.util.Set.of("amp", "lt", "gt", "quot", "nbsp", "copy", "reg");

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private HtmlEntities() {}

  static String decode(String s) {
    int amp = s.indexOf('&');
    if (amp < 0) return s;
    StringBuilder out = new StringBuilder(s.length());
    int i = 0;
    while (amp >= 0) {
      out.append(s, i, amp);
      i = amp + 1;
      int end = referenceEnd(s, i);
      boolean semicolon = end < s.length() && s.charAt(end) == ';';
      String ref = s.substring(i, end);
      int cp = -1;
      if (ref.startsWith("#x") || ref.startsWith("#X")) cp = number(ref.substring(2), 16);
      else if (ref.startsWith("#")) cp = number(ref.substring(1), 10);
      else if (semicolon || BARE_OK.contains(ref)) cp = NAMED.getOrDefault(ref, -1);
      if (cp < 0) {
        out.append('&');
      } else {
        out.append(numericFixup(cp));
        i = semicolon ? end + 1 : end;
      }
      amp = s.indexOf('&', i);
    }
    return out.append(s, i, s.length()).toString();
  }

  private static int referenceEnd(String s, int from) {
    int j = from;
    if (j < s.length() && s.charAt(j) == '#') j++;
    if (j < s.length() && (s.charAt(j) == 'x' || s.charAt(j) == 'X') && j == from + 1) j++;
    while (j < s.length() && j - from < 32 && Character.isLetterOrDigit(s.charAt(j))) j++;
    return j;
  }

  private static int number(String digits, int radix) {
    if (digits.isEmpty() || digits.length() > 8) return digits.isEmpty() ? -1 : 0xFFFD;
    try {
      return Integer.parseInt(digits, radix);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /** As the HTML standard: 128-159 mean Windows-1252, and impossible code points become U+FFFD. */
  private static String numericFixup(int cp) {
    if (cp >= 0x80 && cp <= 0x9f) return new String(new byte[] {(byte) cp}, WINDOWS_1252);
    if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return "\uFFFD";
    return Character.toString(cp);
  }
}
