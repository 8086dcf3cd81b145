package warren.support.markdown;

import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import warren.support.html.HtmlSanitizer;

/**
 * Markdown as Lemmy users write it, to safe HTML: CommonMark with GFM tables, {@code ~~strike~~}
 * and bare-URL links, plus Lemmy's spoilers, {@code ^sup^}, {@code ~sub~}, {@code !community@host}
 * and {@code @user@host} links and {@code :emoji:} shortcodes.
 *
 * <p>Raw HTML in the Markdown is shown as text, as Lemmy and lemmy-ui do, and whatever comes out
 * still passes {@link HtmlSanitizer}. One instance serves every thread: the parser and renderer
 * are built once and hold no per-call state.
 */
public final class MarkdownRenderer {
  /** Deeper nesting is kept as text: it bounds the parser's work on hostile input. */
  private static final int MAX_NESTING = 32;

  private final Parser parser;
  private final HtmlRenderer renderer;

  /** @param localDomain this site's domain, without port: mentions of it link without a host */
  public MarkdownRenderer(String localDomain) {
    List<Extension> extensions = List.of(TablesExtension.create(),
        StrikethroughExtension.builder().requireTwoTildes(true).build(), AutolinkExtension.create());
    this.parser = Parser.builder()
        // Before the extensions, so that mentions are linked before autolink reads them as e-mail.
        .postProcessor(new MentionLinker(localDomain))
        .extensions(extensions)
        .customBlockParserFactory(new SpoilerParser.Factory())
        .customInlineContentParserFactory(new ScriptParser.Factory())
        .maxOpenBlockParsers(MAX_NESTING)
        .maxInlineNesting(MAX_NESTING)
        .build();
    this.renderer = HtmlRenderer.builder()
        .extensions(extensions)
        .escapeHtml(true)
        .sanitizeUrls(true)
        .attributeProviderFactory(context -> new LinkAttributes())
        .nodeRendererFactory(ContentNodeRenderer::new)
        .build();
  }

  /** Renders Markdown with no custom emoji. */
  public String toHtml(String markdown) {
    return toHtml(markdown, EmojiLookup.NONE);
  }

  /** Renders Markdown, drawing the {@code :shortcode:} of every emoji {@code emojis} knows. */
  public String toHtml(String markdown, EmojiLookup emojis) {
    if (markdown == null || markdown.isEmpty()) return "";
    Node document = parser.parse(markdown);
    if (emojis != EmojiLookup.NONE) document.accept(new EmojiReplacer(emojis));
    return HtmlSanitizer.cleanRendered(renderer.render(document));
  }
}
