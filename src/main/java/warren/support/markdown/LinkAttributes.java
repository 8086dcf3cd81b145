package warren.support.markdown;

import java.util.Map;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.renderer.html.AttributeProvider;

/**
 * Marks links as user content ({@code rel="nofollow ugc"}), and draws images that Lemmy clients
 * insert as custom emoji, {@code ![name](url "emoji name")}, at emoji size.
 */
final class LinkAttributes implements AttributeProvider {
  static final String REL = "nofollow ugc";

  @Override
  public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
    if (node instanceof Link) {
      attributes.put("rel", REL);
    } else if (node instanceof Image image && image.getTitle() != null && image.getTitle().startsWith("emoji ")) {
      attributes.put("class", "emoji");
      attributes.put("loading", "lazy");
    }
  }
}
