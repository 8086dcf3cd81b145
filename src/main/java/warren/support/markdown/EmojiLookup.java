package warren.support.markdown;

import java.util.Map;
import java.util.Optional;

/**
 * Finds a site's custom emoji by shortcode. Passed into each render, so the renderer stays a pure
 * function of its input and the caller decides how fresh the list is.
 */
@FunctionalInterface
public interface EmojiLookup {
  /** No custom emoji: every {@code :shortcode:} stays text. */
  EmojiLookup NONE = shortcode -> Optional.empty();

  Optional<Emoji> find(String shortcode);

  static EmojiLookup of(Map<String, Emoji> byShortcode) {
    Map<String, Emoji> copy = Map.copyOf(byShortcode);
    return shortcode -> Optional.ofNullable(copy.get(shortcode));
  }
}
