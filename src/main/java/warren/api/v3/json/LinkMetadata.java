package warren.api.v3.json;

/** lemmy-js-client {@code LinkMetadata}: every field optional, absent ones left out. */
public record LinkMetadata(String title, String description, String image, String embedVideoUrl,
    String contentType) {
  public static LinkMetadata of(warren.support.web.LinkMetadata m) {
    return new LinkMetadata(m.title(), m.description(), m.image(), m.embedVideoUrl(), m.contentType());
  }
}
