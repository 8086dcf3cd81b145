package warren.web;

import gg.jte.TemplateOutput;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
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

/**
 * The one place where user-written Markdown (post bodies, comments, bios, sidebars) becomes HTML
 * on a page: sanitized by the renderer, and for posts, comments, bios and descriptions read from
 * what was stored at the first view after each edit. One instance serves one page: a handler that
 * shows many comments hands them over first ({@link #prefetchComments}), so the page reads their
 * HTML in one query rather than one per comment.
 */
public final class Content {
  private final RenderedContent rendered;
  private final MarkdownRenderer markdown;
  private final Supplier<EmojiLookup> emojis;
  private final Map<Kind, Map<Integer, String>> fetched = new EnumMap<>(Kind.class);

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
    String html = fetched.getOrDefault(kind, Map.of()).get(source.id());
    if (html == null) {
      prefetch(kind, List.of(source));
      html = fetched.get(kind).getOrDefault(source.id(), "");
    }
    return raw(html);
  }

  private void prefetch(Kind kind, List<Source> sources) {
    fetched.computeIfAbsent(kind, k -> new HashMap<>()).putAll(rendered.html(kind, sources));
  }

  private static Source source(Comment c) {
    return new Source(c.id(), c.content(), version(c.published(), c.updated()));
  }

  /** An item's version: its last edit, or its creation before any edit. */
  private static Instant version(Instant published, Instant updated) {
    return updated != null ? updated : published;
  }

  private static gg.jte.Content raw(String html) {
    return new gg.jte.Content() {
      @Override
      public void writeTo(TemplateOutput output) {
        output.writeContent(html);
      }

      @Override
      public boolean isEmptyContent() {
        return html.isEmpty();
      }
    };
  }
}
