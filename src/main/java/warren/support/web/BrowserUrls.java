package warren.support.web;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Parses http(s) URLs about as leniently as a browser (and Lemmy's {@code url} crate, which
 * follows the WHATWG URL standard) does, into a strict {@link URI}: spaces and non-ASCII in paths
 * are percent-encoded, international host names become punycode, backslashes count as slashes.
 * {@code java.net.URI} alone refuses much of what people paste and what pages put in
 * {@code og:image}.
 */
public final class BrowserUrls {
  private static final String HEX = "0123456789ABCDEF";

  private BrowserUrls() {}

  /** An absolute http or https URL with a host, or empty. */
  public static Optional<URI> parseHttp(String text) {
    String s = stripControls(text);
    int colon = s.indexOf(':');
    if (colon <= 0) return Optional.empty();
    String scheme = s.substring(0, colon).toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) return Optional.empty();
    int i = colon + 1;
    while (i < s.length() && (s.charAt(i) == '/' || s.charAt(i) == '\\')) i++;
    int end = i;
    while (end < s.length() && "/\\?#".indexOf(s.charAt(end)) < 0) end++;
    Optional<String> authority = authority(s.substring(i, end));
    if (authority.isEmpty()) return Optional.empty();
    String rest = encodeRest(s.substring(end));
    if (rest.isEmpty() || rest.charAt(0) != '/') rest = "/" + rest;
    try {
      return Optional.of(new URI(scheme + "://" + authority.get() + rest));
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }

  /** {@code ref} (absolute, scheme-relative or relative) resolved against {@code base}; http(s) only. */
  public static Optional<URI> resolveHttp(URI base, String ref) {
    String r = stripControls(ref);
    if (r.isEmpty()) return Optional.empty();
    if (r.matches("(?s)[A-Za-z][A-Za-z0-9+.-]*:.*")) return parseHttp(r);
    if (r.startsWith("//") || r.startsWith("\\\\") || r.startsWith("/\\") || r.startsWith("\\/")) {
      return parseHttp(base.getScheme() + ":" + r);
    }
    try {
      URI b = base.getRawPath() == null || base.getRawPath().isEmpty()
          ? new URI(base.getScheme(), base.getRawAuthority(), "/", null, null) : base;
      URI resolved = b.resolve(new URI(encodeRest(r)));
      return parseHttp(resolved.toString());
    } catch (URISyntaxException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** The host of a URI from {@link #parseHttp}, also for names {@link URI#getHost} rejects (underscores). */
  public static String host(URI uri) {
    if (uri.getHost() != null) return uri.getHost();
    String a = uri.getRawAuthority();
    a = a.substring(a.lastIndexOf('@') + 1);
    int colon = a.lastIndexOf(':');
    return colon >= 0 && !a.endsWith("]") ? a.substring(0, colon) : a;
  }

  /** The port of a URI from {@link #parseHttp}, with the scheme's default filled in. */
  public static int port(URI uri) {
    int port = uri.getPort();
    if (port < 0 && uri.getHost() == null) {
      String a = uri.getRawAuthority();
      int colon = a.lastIndexOf(':');
      if (colon >= 0 && !a.endsWith("]") && colon > a.lastIndexOf('@')) port = Integer.parseInt(a.substring(colon + 1));
    }
    if (port >= 0) return port;
    return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
  }

  /** userinfo@host:port with the host lower-cased and in punycode; empty when it is no valid host. */
  private static Optional<String> authority(String raw) {
    int at = raw.lastIndexOf('@');
    String userinfo = at >= 0 ? raw.substring(0, at) : null;
    String hostPort = raw.substring(at + 1);
    String host;
    String port = "";
    if (hostPort.startsWith("[")) {
      int close = hostPort.indexOf(']');
      if (close < 0) return Optional.empty();
      host = hostPort.substring(0, close + 1).toLowerCase(Locale.ROOT);
      String after = hostPort.substring(close + 1);
      if (!after.isEmpty() && !after.startsWith(":")) return Optional.empty();
      port = after.isEmpty() ? "" : after.substring(1);
    } else {
      int colon = hostPort.lastIndexOf(':');
      host = colon >= 0 ? hostPort.substring(0, colon) : hostPort;
      port = colon >= 0 ? hostPort.substring(colon + 1) : "";
      if (host.endsWith(".")) host = host.substring(0, host.length() - 1);
      try {
        host = IDN.toASCII(host, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
      } catch (IllegalArgumentException e) {
        return Optional.empty();
      }
      if (!host.matches("[a-z0-9._-]+")) return Optional.empty();
    }
    if (host.isEmpty() || host.equals("[]")) return Optional.empty();
    if (!port.matches("\\d{0,5}") || (!port.isEmpty() && Integer.parseInt(port) > 65535)) return Optional.empty();
    StringBuilder out = new StringBuilder();
    if (userinfo != null) out.append(encode(userinfo, "@/?#[]")).append('@');
    out.append(host);
    if (!port.isEmpty()) out.append(':').append(Integer.parseInt(port));
    return Optional.of(out.toString());
  }

  /** Path, query and fragment with everything a strict URI refuses percent-encoded. */
  private static String encodeRest(String rest) {
    int q = indexOfAny(rest, "?#");
    String path = (q < 0 ? rest : rest.substring(0, q)).replace('\\', '/');
    String tail = q < 0 ? "" : rest.substring(q);
    int hash = tail.indexOf('#');
    String query = hash < 0 ? tail : tail.substring(0, hash);
    String fragment = hash < 0 ? "" : tail.substring(hash);
    return encode(path, "[]") + (query.isEmpty() ? "" : "?" + encode(query.substring(1), "[]#"))
        + (fragment.isEmpty() ? "" : "#" + encode(fragment.substring(1), "[]#"));
  }

  private static String encode(String s, String alsoEncode) {
    StringBuilder out = new StringBuilder(s.length() + 8);
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < bytes.length; i++) {
      int c = bytes[i] & 0xff;
      if (c == '%' && i + 2 < bytes.length && isHex(bytes[i + 1]) && isHex(bytes[i + 2])) {
        out.append('%');
      } else if (c > 0x20 && c < 0x7f && "\"<>\\^`{|}%".indexOf(c) < 0 && alsoEncode.indexOf(c) < 0) {
        out.append((char) c);
      } else {
        out.append('%').append(HEX.charAt(c >> 4)).append(HEX.charAt(c & 0xf));
      }
    }
    return out.toString();
  }

  private static boolean isHex(byte b) {
    return (b >= '0' && b <= '9') || (b >= 'a' && b <= 'f') || (b >= 'A' && b <= 'F');
  }

  private static int indexOfAny(String s, String chars) {
    for (int i = 0; i < s.length(); i++) if (chars.indexOf(s.charAt(i)) >= 0) return i;
    return -1;
  }

  /** Leading and trailing spaces go, and tabs and newlines anywhere, as browsers do. */
  private static String stripControls(String s) {
    return s.strip().replaceAll("[\\t\\n\\r]", "");
  }
}
