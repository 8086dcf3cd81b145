package warren.support.markdown;

import java.util.regex.Pattern;

/** A custom emoji as the renderer draws it: {@code :shortcode:} becomes this image. */
public record Emoji(String shortcode, String imageUrl, String altText) {
  /**
   * What a shortcode may be. Lemmy only lowercases and trims them; Warren also keeps them to
   * characters that cannot end the {@code :…:} pair early or be read as other Markdown.
   */
  static final String SHORTCODE = "[a-z0-9_-]{1,128}";
  private static final Pattern VALID = Pattern.compile(SHORTCODE);

  public static boolean isValidShortcode(String shortcode) {
    return VALID.matcher(shortcode).matches();
  }
}
