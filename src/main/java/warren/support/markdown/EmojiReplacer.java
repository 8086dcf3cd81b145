package warren.support.markdown;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;

/**
 * Draws {@code :shortcode:} as the site's custom emoji, as Hexbear shows them. Unknown shortcodes
 * stay text. Code never holds {@link Text} nodes, so it is untouched; so are image alt texts and
 * links whose text is their own URL, where a colon pair is part of the address.
 */
final class EmojiReplacer extends AbstractVisitor {
  /** The colon may not follow a letter or digit, so times ({@code 10:30:}) and URLs stay whole. */
  private static final Pattern SHORTCODE = Pattern.compile("(?<![\\p{L}\\p{N}/]):(" + Emoji.SHORTCODE + "):");

  private final EmojiLookup emojis;

  EmojiReplacer(EmojiLookup emojis) {
    this.emojis = emojis;
  }

  @Override
  public void visit(Link link) {
    if (!showsItsOwnUrl(link)) visitChildren(link);
  }

  @Override
  public void visit(Image image) {
    // The alt text is plain text by nature.
  }

  @Override
  public void visit(Text text) {
    String literal = text.getLiteral();
    if (literal.indexOf(':') < 0) return;
    Matcher m = SHORTCODE.matcher(literal);
    Node last = text;
    int done = 0;
    while (m.find()) {
      Optional<Emoji> emoji = emojis.find(m.group(1));
      if (emoji.isEmpty()) continue;
      if (m.start() > done) last = insertAfter(last, new Text(literal.substring(done, m.start())));
      last = insertAfter(last, new EmojiImage(emoji.get()));
      done = m.end();
    }
    if (done == 0) return;
    if (done < literal.length()) insertAfter(last, new Text(literal.substring(done)));
    text.unlink();
  }

  private static boolean showsItsOwnUrl(Link link) {
    Node child = link.getFirstChild();
    if (!(child instanceof Text t) || child.getNext() != null) return false;
    String dest = link.getDestination();
    return dest.equals(t.getLiteral()) || dest.endsWith("://" + t.getLiteral()) || dest.equals("mailto:" + t.getLiteral());
  }

  private static Node insertAfter(Node anchor, Node node) {
    anchor.insertAfter(node);
    return node;
  }
}
