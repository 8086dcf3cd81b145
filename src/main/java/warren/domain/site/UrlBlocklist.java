package warren.domain.site;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import warren.domain.DomainException;
import warren.domain.ErrorType;

/** The site's URL blocklist: entries are stored as {@code host/path} prefixes, without scheme. */
public final class UrlBlocklist {
  private UrlBlocklist() {}

  /** True when a blocklist entry stands in {@code url} as whole words (Lemmy's {@code \bentry\b}). */
  public static boolean blocks(List<String> entries, String url) {
    for (String entry : entries) {
      var m = java.util.regex.Pattern.compile("\\b" + java.util.regex.Pattern.quote(entry) + "\\b").matcher(url);
      if (m.find()) return true;
    }
    return false;
  }

  public static List<String> normalize(List<String> urls) {
    var out = new LinkedHashSet<String>();
    for (String raw : urls) {
      String s = raw.trim();
      if (s.isEmpty()) continue;
      String withScheme = s.contains("://") ? s : "https://" + s;
      try {
        URI uri = new URI(withScheme);
        if (uri.getHost() == null) throw new DomainException(ErrorType.INVALID_URL, raw);
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        out.add(uri.getHost().toLowerCase(Locale.ROOT) + (path.equals("/") ? "" : path));
      } catch (URISyntaxException e) {
        throw new DomainException(ErrorType.INVALID_URL, raw);
      }
    }
    return new ArrayList<>(out);
  }
}
