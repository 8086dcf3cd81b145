package warren.domain.accounts;

import warren.store.person.Person;
import warren.store.user.LocalUser;

/**
 * A signed-in account: its private settings, its public person, and the languages it reads (read
 * with the token, because every list filters by them).
 */
public record LocalUserView(LocalUser localUser, Person person, java.util.List<Integer> languageIds) {
  public boolean isAdmin() {
    return localUser.admin();
  }
}
