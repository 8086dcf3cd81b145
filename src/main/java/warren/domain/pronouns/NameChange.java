package warren.domain.pronouns;

import java.util.List;
import warren.store.person.Person;

/**
 * What a settings save does to the display name and the pronouns.
 *
 * @param displayName the new display name, still to be validated; null leaves it as it is
 * @param clearDisplayName store no display name
 * @param pronouns the new pronouns, empty for none; null leaves them as they are
 */
public record NameChange(String displayName, boolean clearDisplayName, List<String> pronouns) {

  /** A display name taken as plain text ("" clears it), with pronouns chosen apart from it. */
  static NameChange plain(String displayName, List<String> pronouns) {
    if (displayName == null) return new NameChange(null, false, pronouns);
    if (displayName.isEmpty()) return new NameChange(null, true, pronouns);
    return new NameChange(displayName.trim(), false, pronouns);
  }

  /**
   * An API v3 display name, which carries the pronouns (see {@link PronounSuffix}). What the app
   * sends is what everyone will see:
   * <ul>
   * <li>{@code Joey [she/her]} with values the person may choose stores "Joey" and the values.
   *     The name may be left out ({@code [she/her]}), and a name equal to the user name is not
   *     stored: both show as {@code username [she/her]}, which is what API v3 sends for a person
   *     with pronouns and no display name, so that form comes back unchanged when an app
   *     round-trips it.
   * <li>A name without a valid suffix clears the pronouns. Apps only ever see the composed
   *     name, so an app that sends a name without the suffix is one whose user deleted it; a
   *     suffix of unknown values stays part of the name as typed, and keeping old pronouns
   *     would show them twice.
   * </ul>
   */
  static NameChange fromDisplayName(Person person, String displayName, List<String> accepted) {
    return PronounSuffix.parse(displayName, accepted)
        .map(s -> s.bare().isEmpty() || s.bare().equals(person.name())
            ? new NameChange(null, true, s.pronouns())
            : new NameChange(s.bare(), false, s.pronouns()))
        .orElseGet(() -> new NameChange(displayName.trim(), false, List.of()));
  }
}
