package warren.support.markdown;

import org.commonmark.node.CustomNode;

/** Raised or lowered text: {@code ^sup^} or {@code ~sub~}. */
final class Script extends CustomNode {
  private final boolean superscript;

  Script(boolean superscript) {
    this.superscript = superscript;
  }

  String tag() {
    return superscript ? "sup" : "sub";
  }
}
