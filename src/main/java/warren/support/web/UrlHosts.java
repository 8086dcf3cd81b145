package warren.support.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import warren.support.cache.BoundedCache;

/**
 * The host of a URL, lower case, as {@link URI} reads it. An inbox asks for the hosts of the same
 * few ids (the activity's, its actor's, the signing key's) about ten times per activity, and
 * parsing them was 6 % of its JVM time; so the answers are kept, by the URL's exact text. Only
 * for URLs of ordinary length: the ids are checked before the signature, so anyone can send an
 * activity whose id runs to the body's megabyte, and thousands of those kept would fill the heap.
 */
public final class UrlHosts {
  private static final int MAX_ENTRIES = 8_192;
  /** Far above the ids sites use (Lemmy's are under 100 characters); longer ones are parsed each time. */
  static final int MAX_CACHED_LENGTH = 512;
  /** The scheme and host, lower case; either null when the URL has none or does not parse. */
  private record Parts(String scheme, String host) {}

  private static final BoundedCache<String, Parts> PARSED = new BoundedCache<>(MAX_ENTRIES);

  private UrlHosts() {}

  /** The host, or null when {@code url} has none or is not a URI. */
  public static String host(String url) {
    return url == null ? null : parts(url).host();
  }

  /** The host of an http or https URL; null for any other scheme, no host, or no URI. */
  public static String httpHost(String url) {
    if (url == null) return null;
    Parts p = parts(url);
    return "http".equals(p.scheme()) || "https".equals(p.scheme()) ? p.host() : null;
  }

  private static Parts parts(String url) {
    return url.length() > MAX_CACHED_LENGTH ? parse(url) : PARSED.computeIfAbsent(url, UrlHosts::parse);
  }

  /** Whether the answer for {@code url} is kept: for tests. */
  static boolean isKept(String url) {
    return PARSED.get(url) != null;
  }

  private static Parts parse(String url) {
    try {
      URI uri = new URI(url);
      return new Parts(lower(uri.getScheme()), lower(uri.getHost()));
    } catch (URISyntaxException e) {
      return new Parts(null, null);
    }
  }

  private static String lower(String s) {
    return s == null ? null : s.toLowerCase(Locale.ROOT);
  }
}
