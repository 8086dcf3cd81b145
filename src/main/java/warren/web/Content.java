package warren.web;

import gg.jte.TemplateOutput;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import warren.domain.content.RenderedContent;
import warren.domain.content.RenderedContent.Kind;
import warren.domain.content.RenderedContent.Source;
import warren.store.comment.Comment;
import warren.store.community.Community;
import warren.store.person.Person;
import warren.store.post.Post;
import warren.support.markdown.EmojiLookup;
import warren.support.markdown.MarkdownRenderer;
import warren.support.cache.BoundedCache;

/**
 * The one place where user-written Markdown (post bodies, comments, bios, sidebars) becomes HTML
 * on a page: sanitized by the renderer, and for posts, comments, bios and descriptions read from
 * what was stored at the first view after each edit. One instance serves one page: a handler that
 * shows many comments hands them over first ({@link #prefetchComments}), so the page reads their
 * HTML in one query rather than one per comment.
 *
 * <p>The stored HTML is also kept in memory, as UTF-8, by item and version: an item's HTML only
 * changes with an edit, which gives it a new version, and a popular thread's page would otherwise
 * read and encode the same few hundred kilobytes at every view.
 */
public final class Content {
  /** {@code site} tells apart the sites that tests run in one process, whose ids overlap. */
  private record Key(RenderedContent site, Kind kind, int id, Instant version) {}

  /** Bounded in entries and in size per entry: at most 8,192 × 8 KB; comments are mostly far smaller. */
  private static final BoundedCache<Key, byte[]> HTML = new BoundedCache<>(8192);
  private static final int MAX_CACHED_BYTES = 8192;
  private static final byte[] NONE = new byte[0];

  /** HTML over {@link #MAX_CACHED_BYTES}, read for this page only. */
  private final Map<Key, byte[]> pageOnly = new HashMap<>();
  private final RenderedContent rendered;
  private final MarkdownRenderer markdown;
  private final Supplier<EmojiLookup> emojis;

  Content(RenderedContent rendered, MarkdownRenderer markdown, Supplier<EmojiLookup> emojis) {
    this.rendered = rendered;
    this.markdown = markdown;
    this.emojis = emojis;
  }

  /** Reads the HTML of all these comments at once, for the page about to show them. */
  public void prefetchComments(Collection<Comment> comments) {
    prefetch(Kind.COMMENT, comments.stream().map(Content::source).toList());
  }

  public gg.jte.Content post(Post p) {
    return item(Kind.POST, new Source(p.id(), p.body(), version(p.published(), p.updated())));
  }

  public gg.jte.Content comment(Comment c) {
    return item(Kind.COMMENT, source(c));
  }

  public gg.jte.Content bio(Person p) {
    return item(Kind.PERSON_BIO, new Source(p.id(), p.bio(), version(p.published(), p.updated())));
  }

  public gg.jte.Content description(Community c) {
    return item(Kind.COMMUNITY_DESCRIPTION, new Source(c.id(), c.description(), version(c.published(), c.updated())));
  }

  /** Text that is not stored per item (site sidebar, tagline, previews): rendered as it is shown. */
  public gg.jte.Content markdown(String text) {
    return raw(text == null || text.isBlank() ? "" : markdown.toHtml(text, emojis.get()));
  }

  private gg.jte.Content item(Kind kind, Source source) {
    if (source.markdown() == null || source.markdown().isBlank()) return raw("");
    Key key = new Key(rendered, kind, source.id(), source.version());
    byte[] html = cached(key);
    if (html == null) {
      prefetch(kind, List.of(source));
      html = cached(key);
    }
    return utf8(html == null ? NONE : html);
  }

  /** Reads the stored HTML of the sources not yet in memory, in one query. */
  private void prefetch(Kind kind, List<Source> sources) {
    Map<Integer, Source> missing = new HashMap<>();
    for (Source s : sources) {
      boolean blank = s.markdown() == null || s.markdown().isBlank();
      if (!blank && cached(new Key(rendered, kind, s.id(), s.version())) == null) missing.put(s.id(), s);
    }
    if (missing.isEmpty()) return;
    rendered.html(kind, List.copyOf(missing.values())).forEach((id, html) -> {
      byte[] utf8 = html.getBytes(StandardCharsets.UTF_8);
      // A longer one is kept for this page only, so that the item lookup below still finds it.
      Key key = new Key(rendered, kind, id, missing.get(id).version());
      if (utf8.length <= MAX_CACHED_BYTES) HTML.put(key, utf8);
      else pageOnly.put(key, utf8);
    });
  }

  private static Source source(Comment c) {
    return new Source(c.id(), c.content(), version(c.published(), c.updated()));
  }

  /** An item's version: its last edit, or its creation before any edit. */
  private static Instant version(Instant published, Instant updated) {
    return updated != null ? updated : published;
  }

  private byte[] cached(Key key) {
    byte[] html = HTML.get(key);
    return html != null ? html : pageOnly.get(key);
  }

  private static gg.jte.Content utf8(byte[] html) {
    return new gg.jte.Content() {
      @Override
      public void writeTo(TemplateOutput output) {
        output.writeBinaryContent(html);
      }

      @Override
      public boolean isEmptyContent() {
        return html.length == 0;
      }
    };
  }

  private static gg.jte.Content raw(String html) {
    return utf8(html.getBytes(StandardCharsets.UTF_8));
  }
}
