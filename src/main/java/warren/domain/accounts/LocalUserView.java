package warren.domain.accounts;

import warren.store.person.Person;
import warren.store.user.LocalUser;

/** A signed-in account: its private settings and its public person. */
public record LocalUserView(LocalUser localUser, Person person) {
  public boolean isAdmin() {
    return localUser.admin();
  }
}
