package warren.support.markdown;

import java.util.Set;
import org.commonmark.node.Text;
import org.commonmark.parser.beta.InlineContentParser;
import org.commonmark.parser.beta.InlineContentParserFactory;
import org.commonmark.parser.beta.InlineParserState;
import org.commonmark.parser.beta.ParsedInline;
import org.commonmark.parser.beta.Scanner;

/**
 * {@code ^sup^} and {@code ~sub~} as lemmy-ui's markdown-it plugins read them: the text between
 * two markers, with no unescaped white space, taken literally ({@code 2^10^}, {@code H~2~O}).
 * A double tilde is left to the strikethrough extension, and a tilde right after a slash is a URL
 * path ({@code /~user/~x}), not a subscript.
 */
final class ScriptParser implements InlineContentParser {
  private static final String ESCAPABLE = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~ ";

  @Override
  public ParsedInline tryParse(InlineParserState state) {
    Scanner scanner = state.scanner();
    char marker = scanner.peek();
    if (marker == '~' && scanner.peekPreviousCodePoint() == '/') return ParsedInline.none();
    scanner.next();
    if (marker == '~' && scanner.peek() == '~') return ParsedInline.none();
    StringBuilder content = new StringBuilder();
    while (true) {
      char c = scanner.peek();
      if (c == marker) break;
      if (c == Scanner.END || Character.isWhitespace(c)) return ParsedInline.none();
      scanner.next();
      if (c == '\\' && ESCAPABLE.indexOf(scanner.peek()) >= 0) {
        c = scanner.peek();
        scanner.next();
      }
      content.append(c);
    }
    if (content.isEmpty()) return ParsedInline.none();
    scanner.next();
    Script script = new Script(marker == '^');
    script.appendChild(new Text(content.toString()));
    return ParsedInline.of(script, scanner.position());
  }

  static final class Factory implements InlineContentParserFactory {
    @Override
    public Set<Character> getTriggerCharacters() {
      return Set.of('^', '~');
    }

    @Override
    public InlineContentParser create() {
      return new ScriptParser();
    }
  }
}
