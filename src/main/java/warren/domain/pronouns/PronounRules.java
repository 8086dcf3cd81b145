package warren.domain.pronouns;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import warren.domain.DomainException;
import warren.domain.ErrorType;
import warren.support.text.Validation;

/** What the allow-list may hold, and what a person may choose from it. No storage here. */
public final class PronounRules {
  /** A picker with more than this is no longer a picker; Hexbear's has 29. */
  public static final int MAX_ALLOWED = 100;
  /** Hexbear's longest value, "mirror/your pronouns", has 20 characters. */
  public static final int VALUE_MAX_LENGTH = 32;

  private PronounRules() {}

  /**
   * An admin's new allow-list, each value trimmed, order kept. Values must be short, non-empty,
   * on one line, free of the brackets and comma that frame them in a display name (or parsing
   * the name back would be ambiguous), and distinct without regard to case (matching ignores case).
   */
  public static List<String> allowList(List<String> values) {
    if (values.size() > MAX_ALLOWED) {
      throw new DomainException(ErrorType.TOO_MANY_ITEMS, "at most " + MAX_ALLOWED + " pronoun values");
    }
    List<String> out = new ArrayList<>(values.size());
    Set<String> seen = new HashSet<>();
    for (String raw : values) {
      String v = raw == null ? "" : raw.strip();
      if (v.isEmpty()) throw invalid("a pronoun value is empty");
      if (Validation.length(v) > VALUE_MAX_LENGTH) {
        throw invalid("longer than " + VALUE_MAX_LENGTH + " characters: " + v);
      }
      if (v.chars().anyMatch(c -> c == '[' || c == ']' || c == ',' || Character.isISOControl(c))) {
        throw invalid("brackets, commas and control characters are not allowed: " + v);
      }
      if (!seen.add(v.toLowerCase(Locale.ROOT))) throw invalid("listed twice: " + v);
      out.add(v);
    }
    return List.copyOf(out);
  }

  /**
   * A person's choice: none (empty) up to {@link PronounSuffix#MAX_VALUES}, each matching one of
   * {@code accepted} without regard to case and stored in its spelling there; a repeat counts once.
   */
  public static List<String> choice(List<String> values, Collection<String> accepted) {
    List<String> out = new ArrayList<>();
    for (String raw : values) {
      String v = raw == null ? "" : raw.strip();
      String spelled = PronounSuffix.spelling(v, accepted).orElseThrow(() -> invalid("not on the list: " + v));
      if (!out.contains(spelled)) out.add(spelled);
    }
    if (out.size() > PronounSuffix.MAX_VALUES) throw invalid("at most " + PronounSuffix.MAX_VALUES + " pronouns");
    return List.copyOf(out);
  }

  private static DomainException invalid(String detail) {
    return new DomainException(ErrorType.INVALID_PRONOUN, detail);
  }
}
