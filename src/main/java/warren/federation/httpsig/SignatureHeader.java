package warren.federation.httpsig;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The parameters of a draft-cavage {@code Signature} header:
 * {@code keyId="..",algorithm="hs2019",headers="(request-target) content-type date digest host",signature=".."}.
 *
 * @param headers the signed header names in order, lower case
 * @param created the {@code created} parameter (draft 11+), in Unix seconds, or null
 * @param expires the {@code expires} parameter, in Unix seconds, or null
 */
public record SignatureHeader(String keyId, String algorithm, List<String> headers, String signature,
    Long created, Long expires) {

  /** The value as Lemmy sends it: these four parameters in this order, each quoted. */
  public String format() {
    return "keyId=\"" + keyId + "\",algorithm=\"" + algorithm + "\",headers=\"" + String.join(" ", headers)
        + "\",signature=\"" + signature + "\"";
  }

  /** Parses a header value; throws {@link SignatureException} ({@code MALFORMED}) when it is not one. */
  public static SignatureHeader parse(String value) {
    Map<String, String> params = new LinkedHashMap<>();
    int i = 0;
    int n = value.length();
    while (i < n) {
      while (i < n && (value.charAt(i) == ',' || value.charAt(i) == ' ')) i++;
      if (i >= n) break;
      int eq = value.indexOf('=', i);
      if (eq < 0) throw malformed("parameter without value");
      String name = value.substring(i, eq).strip();
      int start = eq + 1;
      String param;
      if (start < n && value.charAt(start) == '"') {
        int end = value.indexOf('"', start + 1);
        if (end < 0) throw malformed("unterminated quote");
        param = value.substring(start + 1, end);
        i = end + 1;
      } else {
        int end = value.indexOf(',', start);
        if (end < 0) end = n;
        param = value.substring(start, end).strip();
        i = end;
      }
      params.putIfAbsent(name, param);
    }
    String keyId = params.get("keyId");
    String signature = params.get("signature");
    if (keyId == null || keyId.isBlank()) throw malformed("no keyId");
    if (signature == null || signature.isBlank()) throw malformed("no signature");
    String headerList = params.get("headers");
    // draft-cavage 12: no list means "(created)"; earlier drafts said "date". Either way it is
    // too little for us, and the check of what is signed refuses it.
    List<String> headers = headerList == null || headerList.isBlank()
        ? List.of("(created)")
        : words(headerList.toLowerCase(Locale.ROOT));
    return new SignatureHeader(keyId, params.get("algorithm"), headers, signature, seconds(params.get("created")),
        seconds(params.get("expires")));
  }

  /** The names separated by white space (a regular expression here cost more than the rest of the parse). */
  private static List<String> words(String list) {
    List<String> words = new ArrayList<>(6);
    int n = list.length();
    int i = 0;
    while (i < n) {
      while (i < n && Character.isWhitespace(list.charAt(i))) i++;
      int start = i;
      while (i < n && !Character.isWhitespace(list.charAt(i))) i++;
      if (i > start) words.add(list.substring(start, i));
    }
    return List.copyOf(words);
  }

  private static Long seconds(String value) {
    if (value == null) return null;
    try {
      // Sub-second precision is allowed; whole seconds are enough for every check made here.
      return (long) Double.parseDouble(value);
    } catch (NumberFormatException e) {
      throw malformed("bad timestamp " + value);
    }
  }

  private static SignatureException malformed(String why) {
    return new SignatureException(SignatureException.Reason.MALFORMED, why);
  }
}
