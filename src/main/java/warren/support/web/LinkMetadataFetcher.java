package warren.support.web;

import java.net.URI;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import warren.domain.DomainException;

/**
 * Link previews, as Lemmy 0.19's {@code fetch_link_metadata} and {@code extract_opengraph_data}
 * (crates/api_common/src/request.rs) make them: GET the link, and for an HTML page read at most
 * its first MiB and take {@code og:title} (else {@code <title>}), {@code og:description} (else
 * {@code <meta name="description">}), the first {@code og:image} and the first {@code og:video},
 * both made absolute against the page's URL. Any other response gives only its content type. The
 * HTTP status is not looked at, as in Lemmy.
 *
 * <p>Warren's own additions: {@code og:video:secure_url} counts when there is no
 * {@code og:video}; image and video URLs must be http(s) and at most 2,000 characters; white
 * space in title and description is collapsed and they are cut to {@link #MAX_TITLE_CHARS} and
 * {@link #MAX_DESCRIPTION_CHARS}, since a page may put a megabyte into a meta tag and Lemmy
 * stores whatever it gets.
 */
public final class LinkMetadataFetcher {
  /** Lemmy and Mastodon read this much: YouTube puts a lot of script before its meta tags. */
  public static final int MAX_HTML_BYTES = 1024 * 1024;
  public static final int MAX_TITLE_CHARS = 200;
  public static final int MAX_DESCRIPTION_CHARS = 1000;

  private static final Logger LOG = Logger.getLogger(LinkMetadataFetcher.class.getName());

  private final SafeHttpClient http;

  public LinkMetadataFetcher(SafeHttpClient http) {
    this.http = http;
  }

  /**
   * The metadata of {@code url}. Throws {@code invalid_url} for a URL that is not http(s) or
   * leads to a refused address, and {@code unknown} when the fetch fails.
   */
  public LinkMetadata fetch(URI url) {
    try (FetchedResponse response = http.get(url)) {
      Optional<String> header = response.contentType();
      String contentType = header.orElseGet(() -> ContentTypes.fromPath(response.uri().getRawPath()).orElse(null));
      if (contentType != null && ContentTypes.isHtml(contentType)) {
        byte[] html = response.readBody(MAX_HTML_BYTES);
        return fromHtml(html, header.orElse(null), response.uri(), contentType);
      }
      if (contentType != null && ContentTypes.isOctetStream(contentType)) {
        contentType = ContentTypes.sniff(response.readBody(ContentTypes.SNIFF_BYTES)).orElse(contentType);
      }
      return new LinkMetadata(null, null, null, null, contentType);
    }
  }

  /**
   * The metadata of {@code url}, or {@link LinkMetadata#EMPTY} when it cannot be had: a post is
   * still created when its link's page is down, as in Lemmy's {@code generate_post_link_metadata}.
   */
  public LinkMetadata fetchOrEmpty(URI url) {
    try {
      return fetch(url);
    } catch (DomainException e) {
      LOG.log(Level.FINE, () -> "no metadata for " + url + ": " + e.getMessage());
      return LinkMetadata.EMPTY;
    }
  }

  /** The metadata in an HTML page that was fetched from {@code pageUrl}. */
  static LinkMetadata fromHtml(byte[] html, String contentTypeHeader, URI pageUrl, String contentType) {
    HtmlHeadScanner.HeadTags tags = HtmlHeadScanner.scan(HtmlCharset.decode(html, contentTypeHeader));
    String title = firstPresent(tags.ogTitle(), tags.title());
    String description = firstPresent(tags.ogDescription(), tags.description());
    String video = firstPresent(tags.ogVideo(), tags.ogVideoSecureUrl());
    return new LinkMetadata(
        cut(title, MAX_TITLE_CHARS),
        cut(description, MAX_DESCRIPTION_CHARS),
        absolute(pageUrl, tags.ogImage()),
        absolute(pageUrl, video),
        contentType);
  }

  private static String firstPresent(String a, String b) {
    return a != null ? a : b;
  }

  private static String absolute(URI page, String ref) {
    if (ref == null || ref.length() > Urls.MAX_LENGTH) return null; // encoding only makes it longer
    return BrowserUrls.resolveHttp(page, ref).map(URI::toString).filter(u -> u.length() <= Urls.MAX_LENGTH)
        .orElse(null);
  }

  /** White space collapsed, and at most {@code max} characters, ending in an ellipsis when cut. */
  static String cut(String text, int max) {
    if (text == null) return null;
    String t = text.replaceAll("[\\s\\u00a0]+", " ").strip();
    if (t.isEmpty()) return null;
    if (t.codePointCount(0, t.length()) <= max) return t;
    int end = t.offsetByCodePoints(0, max - 1);
    return t.substring(0, end).stripTrailing() + "…";
  }
}
