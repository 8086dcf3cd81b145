package warren.support.markdown;

import java.util.Locale;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.PostProcessor;

/**
 * Turns {@code !community@host} into a link to {@code /c/community@host} and {@code @user@host}
 * into one to {@code /u/user@host}, dropping the host when it is ours. Runs before the autolink
 * extension, which would otherwise read {@code user@host} as an e-mail address. Text inside links
 * and images is left alone, and code never reaches here (it is no {@link Text} node).
 */
final class MentionLinker extends AbstractVisitor implements PostProcessor {
  /**
   * Starts and ends with a letter or digit, so a full stop after a mention is not part of it.
   * Written without a repeated group, which Java's regex engine matches by recursion: a host of
   * thousands of labels would overflow the stack.
   */
  private static final String HOST = "[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?(?::[0-9]{1,5})?";
  /**
   * The sigil may not follow a character that continues a word, URL or address, so that
   * {@code https://host/@user@host} and {@code me@user@host} stay as they are.
   */
  private static final Pattern MENTION = Pattern.compile(
      "(?<![\\p{L}\\p{N}_/.@!:%+=?&#~\\\\-])([!@])([\\p{L}\\p{N}_]+)@(" + HOST + ")");

  private final String localDomain;

  MentionLinker(String localDomain) {
    this.localDomain = localDomain.toLowerCase(Locale.ROOT);
  }

  @Override
  public Node process(Node document) {
    document.accept(this);
    return document;
  }

  @Override
  public void visit(Link link) {
    // Already a link: its text stays text.
  }

  @Override
  public void visit(Image image) {
    // Alt text is not clickable.
  }

  @Override
  public void visit(Text text) {
    if (text.getLiteral().indexOf('@') < 0) return;
    TextSplicer.splice(text, MENTION, m -> {
      Link link = new Link(href(m.group(1), m.group(2), m.group(3)), null);
      link.appendChild(new Text(m.group()));
      return link;
    });
  }

  private String href(String sigil, String name, String host) {
    String path = sigil.equals("!") ? "/c/" : "/u/";
    return isLocal(host) ? path + name : path + name + "@" + host;
  }

  /** Hosts compare without their port, as instance domains do. */
  private boolean isLocal(String host) {
    int colon = host.indexOf(':');
    String domain = colon < 0 ? host : host.substring(0, colon);
    return domain.toLowerCase(Locale.ROOT).equals(localDomain);
  }
}
