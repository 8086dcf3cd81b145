package warren.domain.content;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import warren.domain.Tx;
import warren.store.Stores;
import warren.store.content.RenderedStore.Rendered;
import warren.support.markdown.EmojiLookup;
import warren.support.markdown.MarkdownRenderer;

/**
 * The HTML of user-written Markdown for the web pages, rendered once per edit: the first view
 * after a change renders and stores it, and later views read the stored HTML in one query for the
 * whole page. Emoji added after a rendering show from the next edit on.
 */
public final class RenderedContent {
  /** What is rendered; the code is stored. */
  public enum Kind {
    POST(1), COMMENT(2), PERSON_BIO(3), COMMUNITY_DESCRIPTION(4);

    final short code;

    Kind(int code) {
      this.code = (short) code;
    }
  }

  /** An item's Markdown and its version: its updated time, or its published time before any edit. */
  public record Source(int id, String markdown, Instant version) {}

  private final Tx tx;
  private final Stores stores;
  private final MarkdownRenderer markdown;
  private final java.util.function.Supplier<EmojiLookup> emojis;

  public RenderedContent(Tx tx, Stores stores, MarkdownRenderer markdown,
      java.util.function.Supplier<EmojiLookup> emojis) {
    this.tx = tx;
    this.stores = stores;
    this.markdown = markdown;
    this.emojis = emojis;
  }

  /** Safe HTML by item id, for every source with Markdown; blank sources are left out. */
  public Map<Integer, String> html(Kind kind, List<Source> sources) {
    List<Source> present = sources.stream().filter(s -> s.markdown() != null && !s.markdown().isBlank()).toList();
    Map<Integer, String> html = new HashMap<>();
    if (present.isEmpty()) return html;
    Map<Integer, Rendered> stored = tx.read(h -> stores.rendered().read(h, kind.code,
        present.stream().map(Source::id).toList()));
    List<Rendered> fresh = new ArrayList<>();
    for (Source s : present) {
      Rendered r = stored.get(s.id());
      if (r != null && r.sourceVersion().equals(s.version())) {
        html.put(s.id(), r.html());
      } else {
        Rendered made = new Rendered(s.id(), s.version(), markdown.toHtml(s.markdown(), emojis.get()));
        fresh.add(made);
        html.put(s.id(), made.html());
      }
    }
    if (!fresh.isEmpty()) tx.run(h -> stores.rendered().write(h, kind.code, fresh));
    return html;
  }

  /** One item's HTML, or an empty string when it has no Markdown. */
  public String html(Kind kind, Source source) {
    return html(kind, List.of(source)).getOrDefault(source.id(), "");
  }
}
