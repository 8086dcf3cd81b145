package warren.api.v3.json;

/** lemmy-js-client {@code CustomEmojiResponse}. */
public record CustomEmojiResponse(CustomEmojiView customEmoji) {}
