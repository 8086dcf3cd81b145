package warren.domain.emoji;

import java.util.List;

/** An admin's emoji as sent: Lemmy's CreateCustomEmoji, or EditCustomEmoji with no shortcode. */
public record CustomEmojiForm(String shortcode, String imageUrl, String altText, String category,
    List<String> keywords) {}
