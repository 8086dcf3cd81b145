package warren.domain.pronouns;

import java.util.ArrayList;
import java.util.List;
import warren.domain.Tx;
import warren.domain.accounts.LocalUserView;
import warren.domain.site.SiteService;
import warren.store.Stores;
import warren.store.person.Person;

/**
 * Pronouns as data: the site's allow-list, which admins edit, and each person's choice of up to
 * two values from it. API v3 and the web UI both come through here.
 *
 * <p>Taking a value off the list does not touch the people who chose it: they keep it, it still
 * shows, and saving their settings unchanged keeps it (a person's accepted values are the list
 * plus what they have now). Only new choices are limited. Hiding off-list values on every read
 * would cost a lookup per person shown and make names change under people's feet; an admin who
 * wants a value gone from profiles says so with {@code clearRemoved}.
 */
public final class Pronouns {
  private final Tx tx;
  private final Stores stores;

  public Pronouns(Tx tx, Stores stores) {
    this.tx = tx;
    this.stores = stores;
  }

  /** The allow-list, in order. */
  public List<String> allowed() {
    return tx.read(h -> stores.pronouns().list(h));
  }

  /**
   * What a settings picker should offer {@code person}: the allow-list, then any value the
   * person has that is no longer on it, so the picker can show their current choice.
   */
  public List<String> choicesFor(Person person) {
    return accepted(allowed(), person);
  }

  /**
   * Sets a person's pronouns: none (an empty list) to two values, each on the allow-list or
   * already theirs, matched without regard to case. Returns what is stored, in the list's spelling.
   * Fails with {@code invalid_pronoun} naming the value that is not accepted.
   */
  public List<String> set(LocalUserView user, List<String> values) {
    List<String> chosen = PronounRules.choice(values, choicesFor(user.person()));
    tx.run(h -> stores.persons().setPronouns(h, user.person().id(), chosen));
    return chosen;
  }

  /**
   * An admin replaces the whole allow-list (see {@link PronounRules#allowList} for what it may
   * hold). With {@code clearRemoved}, people also lose any value not on the new list; without
   * it they keep theirs. Returns the new list.
   */
  public List<String> replaceAllowed(LocalUserView admin, List<String> values, boolean clearRemoved) {
    SiteService.requireAdmin(admin);
    List<String> list = PronounRules.allowList(values);
    tx.run(h -> {
      stores.pronouns().replace(h, list);
      if (clearRemoved) stores.persons().keepOnlyPronouns(h, list);
    });
    return list;
  }

  /** How a settings save changes the display name and pronouns: see {@link NameChange}. */
  public NameChange nameChange(Person person, String displayName, List<String> chosen) {
    if (chosen != null) return NameChange.plain(displayName, PronounRules.choice(chosen, choicesFor(person)));
    if (displayName == null) return NameChange.plain(null, null);
    // Emptying the field that showed "Joey [she/her]" clears all it showed.
    if (displayName.isEmpty()) return NameChange.plain("", List.of());
    return NameChange.fromDisplayName(person, displayName, choicesFor(person));
  }

  private static List<String> accepted(List<String> allowed, Person person) {
    List<String> out = new ArrayList<>(allowed);
    for (String mine : person.pronouns()) {
      if (PronounSuffix.spelling(mine, out).isEmpty()) out.add(mine);
    }
    return out;
  }
}
