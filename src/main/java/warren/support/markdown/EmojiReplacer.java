package warren.support.markdown;

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
    if (text.getLiteral().indexOf(':') < 0) return;
    TextSplicer.splice(text, SHORTCODE, m -> emojis.find(m.group(1)).<Node>map(EmojiImage::new).orElse(null));
  }

  private static boolean showsItsOwnUrl(Link link) {
    Node child = link.getFirstChild();
    if (!(child instanceof Text t) || child.getNext() != null) return false;
    String dest = link.getDestination();
    return dest.equals(t.getLiteral()) || dest.endsWith("://" + t.getLiteral()) || dest.equals("mailto:" + t.getLiteral());
  }
}
