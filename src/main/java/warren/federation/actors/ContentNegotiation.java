package warren.federation.actors;

import java.util.Locale;

/**
 * Whether a request wants ActivityPub JSON rather than a web page. Peers ask for
 * {@code application/activity+json} or {@code application/ld+json} (Mastodon sends both, Misskey
 * with a profile); browsers ask for {@code text/html}. The JSON wins when it is acceptable at
 * least as much as HTML; a wildcard counts for neither.
 */
public final class ContentNegotiation {
  private ContentNegotiation() {}

  public static boolean wantsActivityJson(String accept) {
    if (accept == null || accept.isBlank()) return false;
    double json = 0;
    double html = 0;
    for (String range : accept.split(",")) {
      String[] parts = range.split(";");
      String media = parts[0].strip().toLowerCase(Locale.ROOT);
      double q = quality(parts);
      switch (media) {
        case "application/activity+json", "application/ld+json" -> json = Math.max(json, q);
        case "text/html", "application/xhtml+xml" -> html = Math.max(html, q);
        default -> { }
      }
    }
    return json > 0 && json >= html;
  }

  private static double quality(String[] parts) {
    for (int i = 1; i < parts.length; i++) {
      String p = parts[i].strip();
      if (p.startsWith("q=")) {
        try {
          return Double.parseDouble(p.substring(2));
        } catch (NumberFormatException e) {
          return 0;
        }
      }
    }
    return 1;
  }
}
