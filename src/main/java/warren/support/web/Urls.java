package warren.support.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import warren.domain.DomainException;
import warren.domain.ErrorType;

/** Checks of URLs that users hand us. */
public final class Urls {
  public static final int MAX_LENGTH = 2000;

  private Urls() {}

  /** An absolute http(s) URL with a host, at most {@link #MAX_LENGTH} characters. */
  public static URI requireHttp(String url) {
    if (url.length() > MAX_LENGTH) throw new DomainException(ErrorType.URL_LENGTH_OVERFLOW);
    URI uri;
    try {
      uri = new URI(url.trim());
    } catch (URISyntaxException e) {
      throw new DomainException(ErrorType.INVALID_URL);
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) throw new DomainException(ErrorType.INVALID_URL_SCHEME);
    if (uri.getHost() == null || uri.getHost().isEmpty()) throw new DomainException(ErrorType.URL_WITHOUT_DOMAIN);
    return uri;
  }
}
