package warren.support.markdown;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.Block;
import org.commonmark.parser.block.AbstractBlockParser;
import org.commonmark.parser.block.AbstractBlockParserFactory;
import org.commonmark.parser.block.BlockContinue;
import org.commonmark.parser.block.BlockStart;
import org.commonmark.parser.block.MatchedBlockParser;
import org.commonmark.parser.block.ParserState;

/**
 * Parses {@code ::: spoiler title} … {@code :::} as a container, so its body may hold lists, quotes
 * and code, as lemmy-ui shows it. A spoiler with no title is no spoiler (as in Lemmy). The fence
 * is three or more colons, and a closing fence needs at least as many as its opening one, which
 * is how people nest spoilers ({@code ::::} around {@code :::}). A spoiler left open ends with the
 * text, as a block quote would.
 */
final class SpoilerParser extends AbstractBlockParser {
  private static final Pattern OPENING = Pattern.compile("(:{3,})[ \\t]*spoiler[ \\t]+(\\S.*)");
  private static final Pattern CLOSING = Pattern.compile("(:{3,})[ \\t]*");
  /** Lines indented this far are code, as in CommonMark. */
  private static final int CODE_INDENT = 4;

  private final Spoiler block;
  private final int fenceLength;

  private SpoilerParser(String title, int fenceLength) {
    this.block = new Spoiler(title);
    this.fenceLength = fenceLength;
  }

  @Override
  public Block getBlock() {
    return block;
  }

  @Override
  public boolean isContainer() {
    return true;
  }

  @Override
  public boolean canContain(Block childBlock) {
    return true;
  }

  @Override
  public BlockContinue tryContinue(ParserState state) {
    if (state.getIndent() < CODE_INDENT) {
      Matcher m = CLOSING.matcher(rest(state));
      if (m.matches() && m.group(1).length() >= fenceLength) return BlockContinue.finished();
    }
    return BlockContinue.atIndex(state.getIndex());
  }

  private static CharSequence rest(ParserState state) {
    CharSequence line = state.getLine().getContent();
    return line.subSequence(state.getNextNonSpaceIndex(), line.length());
  }

  static final class Factory extends AbstractBlockParserFactory {
    @Override
    public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
      if (state.getIndent() >= CODE_INDENT) return BlockStart.none();
      Matcher m = OPENING.matcher(rest(state));
      if (!m.matches()) return BlockStart.none();
      CharSequence line = state.getLine().getContent();
      return BlockStart.of(new SpoilerParser(m.group(2).strip(), m.group(1).length())).atIndex(line.length());
    }
  }
}
