package warren.api.v3.json;

import java.time.Instant;
import java.util.List;

/** lemmy-js-client {@code CustomEmojiView}, with its {@code CustomEmoji} and keywords. */
public record CustomEmojiView(CustomEmoji customEmoji, List<Keyword> keywords) {
  public record CustomEmoji(int id, int localSiteId, String shortcode, String imageUrl, String altText,
      String category, Instant published, Instant updated) {}

  public record Keyword(int customEmojiId, String keyword) {}

  public static CustomEmojiView of(warren.store.site.CustomEmoji e) {
    return new CustomEmojiView(
        new CustomEmoji(e.id(), e.localSiteId(), e.shortcode(), e.imageUrl(), e.altText(), e.category(),
            e.published(), e.updated()),
        e.keywords().stream().map(k -> new Keyword(e.id(), k)).toList());
  }
}
