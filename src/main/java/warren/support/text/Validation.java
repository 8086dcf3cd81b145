package warren.support.text;

import java.util.Optional;
import java.util.regex.Pattern;
import warren.domain.DomainException;
import warren.domain.ErrorType;

/** Lemmy's field rules, with its error names. Lengths count Unicode code points, as Rust's chars() does. */
public final class Validation {
  private static final Pattern ACTOR_LATIN = Pattern.compile("^[a-zA-Z0-9_]{3,}$");
  private static final Pattern ACTOR_ARABIC = Pattern.compile("^[\\p{IsArabic}0-9_]{3,}$");
  private static final Pattern ACTOR_CYRILLIC = Pattern.compile("^[\\p{IsCyrillic}0-9_]{3,}$");
  private static final Pattern MATRIX_ID =
      Pattern.compile("^@[A-Za-z0-9\\x21-\\x39\\x3B-\\x7F]+:[A-Za-z0-9.-]+(:[0-9]{2,5})?$");
  /** Invisible characters that must not make up a display name (the set Lemmy rejects). */
  private static final String INVISIBLE = "\u0009\u00a0\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e"
      + "\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u200b\u200c\u200d\u200e\u200f"
      + "\u202f\u205f\u2060\u2061\u2062\u2063\u2064\u206a\u206b\u206c\u206d\u206e\u206f\u3000\u2800\u3164"
      + "\ufeff\uffa0";
  private static final int[] INVISIBLE_SUPPLEMENTARY = {0x1d159, 0x1d173, 0x1d174, 0x1d175, 0x1d176,
      0x1d177, 0x1d178, 0x1d179, 0x1d17a};

  public static final int BIO_MAX = 1000;
  public static final int SITE_NAME_MAX = 20;
  public static final int SITE_DESCRIPTION_MAX = 150;
  public static final int BODY_MAX = 10_000;
  public static final int POST_BODY_MAX = 50_000;

  private Validation() {}

  public static int length(String s) {
    return s.codePointCount(0, s.length());
  }

  /** One alphabet per name (Latin, Arabic or Cyrillic), at least 3 characters, at most {@code max}. */
  public static void actorName(String name, int max) {
    boolean ok = name != null && length(name) <= max && name.indexOf('\n') < 0
        && (ACTOR_LATIN.matcher(name).matches() || ACTOR_ARABIC.matcher(name).matches()
            || ACTOR_CYRILLIC.matcher(name).matches());
    if (!ok) throw new DomainException(ErrorType.INVALID_NAME);
  }

  public static void displayName(String name, int max) {
    boolean ok = !name.isEmpty() && !name.startsWith("@") && !isInvisible(name.codePointAt(0))
        && length(name) <= max && name.indexOf('\n') < 0
        && name.codePoints().filter(c -> !isInvisible(c)).limit(3).count() >= 3;
    if (!ok) throw new DomainException(ErrorType.INVALID_DISPLAY_NAME);
  }

  public static void matrixId(String id) {
    if (!MATRIX_ID.matcher(id).matches() || id.indexOf('\n') >= 0) throw new DomainException(ErrorType.INVALID_MATRIX_ID);
  }

  public static void password(String password) {
    int n = password == null ? 0 : length(password);
    if (n < 10 || n > 60) throw new DomainException(ErrorType.INVALID_PASSWORD);
  }

  public static void maxLength(String value, int max, ErrorType error) {
    if (value != null && length(value) > max) throw new DomainException(error);
  }

  public static void bio(String bio) {
    maxLength(bio, BIO_MAX, ErrorType.BIO_LENGTH_OVERFLOW);
  }

  public static void siteName(String name) {
    if (name == null || name.isEmpty()) throw new DomainException(ErrorType.SITE_NAME_REQUIRED);
    maxLength(name, SITE_NAME_MAX, ErrorType.SITE_NAME_LENGTH_OVERFLOW);
  }

  /** Lemmy stores an empty string in an edit as "clear this field". */
  public static Optional<String> blankToEmpty(String s) {
    return s == null || s.isEmpty() ? Optional.empty() : Optional.of(s);
  }

  private static boolean isInvisible(int codePoint) {
    if (codePoint < 0x10000) return INVISIBLE.indexOf(codePoint) >= 0;
    for (int c : INVISIBLE_SUPPLEMENTARY) if (c == codePoint) return true;
    return false;
  }
}
