package warren.store.site;

import java.time.Instant;
import java.util.List;

/** A custom emoji with its keywords (the keywords come from {@code custom_emoji_keyword}). */
public record CustomEmoji(
    int id,
    int localSiteId,
    String shortcode,
    String imageUrl,
    String altText,
    String category,
    Instant published,
    Instant updated,
    List<String> keywords) {}
