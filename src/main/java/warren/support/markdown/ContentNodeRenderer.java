package warren.support.markdown;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/** HTML for Warren's own nodes: spoilers, sup and sub, and custom emoji. */
final class ContentNodeRenderer implements NodeRenderer {
  private final HtmlNodeRendererContext context;
  private final HtmlWriter html;

  ContentNodeRenderer(HtmlNodeRendererContext context) {
    this.context = context;
    this.html = context.getWriter();
  }

  @Override
  public Set<Class<? extends Node>> getNodeTypes() {
    return Set.of(Spoiler.class, Script.class, EmojiImage.class);
  }

  @Override
  public void render(Node node) {
    switch (node) {
      case Spoiler s -> spoiler(s);
      case Script s -> script(s);
      case EmojiImage e -> emoji(e);
      default -> throw new IllegalArgumentException("not ours: " + node);
    }
  }

  private void spoiler(Spoiler s) {
    html.line();
    html.tag("details", context.extendAttributes(s, "details", Map.of()));
    html.tag("summary");
    html.text(s.title());
    html.tag("/summary");
    html.line();
    children(s);
    html.tag("/details");
    html.line();
  }

  private void script(Script s) {
    html.tag(s.tag());
    children(s);
    html.tag("/" + s.tag());
  }

  private void emoji(EmojiImage node) {
    Emoji e = node.emoji();
    Map<String, String> attrs = new LinkedHashMap<>();
    attrs.put("class", "emoji");
    attrs.put("src", context.encodeUrl(e.imageUrl()));
    attrs.put("alt", e.altText());
    attrs.put("title", ":" + e.shortcode() + ":");
    attrs.put("loading", "lazy");
    html.tag("img", attrs, true);
  }

  private void children(Node parent) {
    for (Node child = parent.getFirstChild(); child != null; ) {
      Node next = child.getNext();
      context.render(child);
      child = next;
    }
  }
}
