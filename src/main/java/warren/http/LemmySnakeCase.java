package warren.http;

import tools.jackson.databind.PropertyNamingStrategies;

/**
 * Lemmy's field names are Rust's snake_case, where a digit run starts a new word
 * ({@code totp_2fa_token}); Jackson's SNAKE_CASE would give {@code totp2fa_token}.
 */
public final class LemmySnakeCase extends PropertyNamingStrategies.NamingBase {
  @Override
  public String translate(String name) {
    StringBuilder out = new StringBuilder(name.length() + 4);
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      char prev = i > 0 ? name.charAt(i - 1) : 0;
      if (Character.isUpperCase(c)) {
        if (i > 0 && prev != '_') out.append('_');
        out.append(Character.toLowerCase(c));
      } else if (Character.isDigit(c) && i > 0 && Character.isLetter(prev)) {
        out.append('_').append(c);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
