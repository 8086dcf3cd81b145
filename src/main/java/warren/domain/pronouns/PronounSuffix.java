package warren.domain.pronouns;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Hexbear's way of showing pronouns where the protocol has no field for them: at the end of the
 * display name, in brackets, two values apart by a comma and a space ({@code Joey [she/her, they/them]}).
 * API v3 apps read and write pronouns only this way.
 */
public final class PronounSuffix {
  /** Hexbear's limit, and the most a name can carry without crowding out the name. */
  public static final int MAX_VALUES = 2;

  private PronounSuffix() {}

  /** A display name taken apart: the name before the brackets ("" when none) and the values. */
  public record Split(String bare, List<String> pronouns) {}

  /**
   * The display name as API v3 shows it. Without pronouns it is the stored display name (null
   * stays null, as Lemmy sends it). With pronouns and no display name it is the user name with
   * the suffix: apps show {@code display_name ?? name}, so a null here would hide the pronouns.
   */
  public static String compose(String displayName, String name, List<String> pronouns) {
    if (pronouns == null || pronouns.isEmpty()) return displayName;
    return (displayName == null ? name : displayName) + " [" + String.join(", ", pronouns) + "]";
  }

  /**
   * Takes apart a display name that ends in {@code [a]} or {@code [a, b]} when every value
   * matches one of {@code known} without regard to case; the values come back in
   * {@code known}'s spelling, a repeated one once. Anything else is empty: the text is a plain
   * name that merely has brackets in it.
   */
  public static Optional<Split> parse(String displayName, Collection<String> known) {
    String text = displayName.trim();
    int open = text.lastIndexOf('[');
    if (!text.endsWith("]") || open < 0) return Optional.empty();
    String[] parts = text.substring(open + 1, text.length() - 1).split(",", -1);
    if (parts.length > MAX_VALUES) return Optional.empty();
    List<String> values = new ArrayList<>(parts.length);
    for (String part : parts) {
      Optional<String> value = spelling(part.strip(), known);
      if (value.isEmpty()) return Optional.empty();
      if (!values.contains(value.get())) values.add(value.get());
    }
    return Optional.of(new Split(text.substring(0, open).trim(), List.copyOf(values)));
  }

  /** The spelling in {@code known} of {@code value}, compared without case. */
  static Optional<String> spelling(String value, Collection<String> known) {
    String lower = value.toLowerCase(Locale.ROOT);
    return known.stream().filter(k -> k.toLowerCase(Locale.ROOT).equals(lower)).findFirst();
  }
}
