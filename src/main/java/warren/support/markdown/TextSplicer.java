package warren.support.markdown;

import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.Node;
import org.commonmark.node.Text;

/** Replaces pattern matches inside a text node with other nodes, keeping the text around them. */
final class TextSplicer {
  private TextSplicer() {}

  /**
   * Each match of {@code pattern} in {@code text} becomes what {@code replace} makes of it, or
   * stays text where that is null. The text node is unlinked when anything was replaced; the new
   * nodes are its siblings, so a visitor walking the parent carries on past them.
   */
  static void splice(Text text, Pattern pattern, Function<MatchResult, Node> replace) {
    String literal = text.getLiteral();
    Matcher m = pattern.matcher(literal);
    Node last = text;
    int done = 0;
    while (m.find()) {
      Node node = replace.apply(m);
      if (node == null) continue;
      if (m.start() > done) last = insertAfter(last, new Text(literal.substring(done, m.start())));
      last = insertAfter(last, node);
      done = m.end();
    }
    if (last == text) return;
    if (done < literal.length()) insertAfter(last, new Text(literal.substring(done)));
    text.unlink();
  }

  private static Node insertAfter(Node anchor, Node node) {
    anchor.insertAfter(node);
    return node;
  }
}
