package warren.federation.protocol;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * An icon, banner or thumbnail: {@code {"type":"Image","url":...}}. Read from an object whose
 * {@code url} may itself be a Link, or from the first usable element of a list (PeerTube sends
 * several sizes); a malformed one reads as absent.
 */
@JsonDeserialize(using = ImageObject.Reader.class)
public record ImageObject(String type, String url) {
  public static ImageObject of(String url) {
    return url == null ? null : new ImageObject("Image", url);
  }

  static final class Reader extends Lenient.TreeReader<ImageObject> {
    @Override
    protected ImageObject fromTree(JsonNode node) {
      if (node.isArray()) return firstOf(node);
      if (!node.isObject()) return null;
      String url = Lenient.link(node.get("url"));
      if (url == null) url = Lenient.string(node, "href");
      if (url == null) return null;
      String type = Lenient.string(node, "type");
      return new ImageObject(type == null ? "Image" : type, url);
    }
  }
}
