package warren.federation.protocol;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * An element of {@code tag}: a {@code Mention} ({@code href} the person, {@code name}
 * {@code @user@host}), a {@code Hashtag}, or something else (Mastodon's {@code Emoji}), read
 * as far as these three fields go.
 */
@JsonDeserialize(using = Tag.Reader.class)
public record Tag(String type, String href, String name) {

  public static Tag mention(String href, String name) {
    return new Tag("Mention", href, name);
  }

  public static Tag hashtag(String href, String name) {
    return new Tag("Hashtag", href, name);
  }

  static final class Reader extends Lenient.TreeReader<Tag> {
    @Override
    protected Tag fromTree(JsonNode node) {
      if (!node.isObject()) return null;
      return new Tag(Lenient.string(node, "type"), Lenient.link(node.get("href")), Lenient.string(node, "name"));
    }
  }
}
