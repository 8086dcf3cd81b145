package warren.domain.posts;

import java.net.URI;
import java.util.Optional;
import warren.support.web.LinkMetadata;
import warren.support.web.LinkMetadataFetcher;

/** Link previews for new posts, from the page's OpenGraph data; an image link is its own thumbnail. */
public final class OpenGraphLinkPreviews implements LinkPreviews {
  private final LinkMetadataFetcher fetcher;

  public OpenGraphLinkPreviews(LinkMetadataFetcher fetcher) {
    this.fetcher = fetcher;
  }

  @Override
  public Optional<Preview> fetch(String url) {
    URI uri;
    try {
      uri = URI.create(url);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    LinkMetadata m = fetcher.fetchOrEmpty(uri);
    if (m.equals(LinkMetadata.EMPTY)) return Optional.empty();
    String image = m.isImage() ? url : m.image();
    return Optional.of(new Preview(m.title(), m.description(), image, m.embedVideoUrl(), m.contentType()));
  }
}
