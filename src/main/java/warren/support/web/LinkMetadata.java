package warren.support.web;

/**
 * What a link shows about itself, as Lemmy's {@code LinkMetadata}: title and description from
 * OpenGraph or the page head, the preview image and the embeddable video as absolute http(s) URLs,
 * and the Content-Type of the response. Any part may be null.
 */
public record LinkMetadata(String title, String description, String image, String embedVideoUrl,
    String contentType) {
  public static final LinkMetadata EMPTY = new LinkMetadata(null, null, null, null, null);

  /** Whether the link is an image itself (then Lemmy uses the link as the post's thumbnail). */
  public boolean isImage() {
    return contentType != null && contentType.regionMatches(true, 0, "image/", 0, 6);
  }
}
