package warren.support.markdown;

import org.commonmark.node.CustomNode;

/** A {@code :shortcode:} that named one of the site's custom emoji. */
final class EmojiImage extends CustomNode {
  private final Emoji emoji;

  EmojiImage(Emoji emoji) {
    this.emoji = emoji;
  }

  Emoji emoji() {
    return emoji;
  }
}
