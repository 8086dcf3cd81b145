package warren.support.markdown;

import org.commonmark.node.CustomBlock;

/** Lemmy's {@code ::: spoiler title} block: its title shows, its children fold away. */
final class Spoiler extends CustomBlock {
  private final String title;

  Spoiler(String title) {
    this.title = title;
  }

  String title() {
    return title;
  }
}
