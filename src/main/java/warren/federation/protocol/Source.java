package warren.federation.protocol;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The text a piece of HTML was rendered from: Lemmy's Markdown. Pleroma sends a bare string here,
 * which Lemmy drops; so does this reader.
 */
@JsonDeserialize(using = Source.Reader.class)
public record Source(String content, String mediaType) {
  public static final String MARKDOWN = "text/markdown";

  public static Source markdown(String content) {
    return content == null ? null : new Source(content, MARKDOWN);
  }

  static final class Reader extends Lenient.TreeReader<Source> {
    @Override
    protected Source fromTree(JsonNode node) {
      String content = Lenient.string(node, "content");
      return content == null ? null : new Source(content, Lenient.string(node, "mediaType"));
    }
  }
}
