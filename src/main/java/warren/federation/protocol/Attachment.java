package warren.federation.protocol;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * An element of {@code attachment}: Lemmy sends a post's link as {@code {"type":"Link","href":..}},
 * an image as {@code {"type":"Image","url":..,"name":<alt text>}}; Mastodon and others send
 * {@code Document}s and {@code PropertyValue}s. Elements without a URL read as absent.
 */
@JsonDeserialize(using = Attachment.Reader.class)
public record Attachment(String type, String href, String url, String mediaType, String name) {

  public static Attachment link(String href, String mediaType) {
    return new Attachment("Link", href, null, mediaType, null);
  }

  public static Attachment image(String url, String altText) {
    return new Attachment("Image", null, url, null, altText);
  }

  /** Where the attachment points, whichever field carries it. */
  public String target() {
    return href != null ? href : url;
  }

  static final class Reader extends Lenient.TreeReader<Attachment> {
    @Override
    protected Attachment fromTree(JsonNode node) {
      if (!node.isObject()) return null;
      String href = Lenient.string(node, "href");
      String url = Lenient.link(node.get("url"));
      if (href == null && url == null) return null;
      return new Attachment(Lenient.string(node, "type"), href, url, Lenient.string(node, "mediaType"),
          Lenient.string(node, "name"));
    }
  }
}
