package warren.domain.accounts;

import warren.domain.DomainException;
import warren.domain.ErrorType;
import warren.domain.Tx;
import warren.store.ColumnChanges;
import warren.store.Stores;
import warren.support.crypto.Passwords;

/**
 * POST /user/delete_account. As in Lemmy the person row stays (other sites know its id) but is
 * marked deleted and stripped of personal fields; the private account data goes.
 */
public final class AccountDeletion {
  private final Tx tx;
  private final Stores stores;
  private final Passwords passwords;

  public AccountDeletion(Tx tx, Stores stores, Passwords passwords) {
    this.tx = tx;
    this.stores = stores;
    this.passwords = passwords;
  }

  public void delete(LocalUserView user, String password, boolean deleteContent) {
    if (!passwords.verify(password == null ? "" : password, user.localUser().passwordEncrypted())) {
      throw new DomainException(ErrorType.INCORRECT_LOGIN);
    }
    tx.run(h -> {
      if (deleteContent) stores.persons().eraseContent(h, user.person().id());
      stores.persons().markDeleted(h, user.person().id());
      stores.localUsers().update(h, user.localUser().id(), new ColumnChanges().clearIf(true, "email"));
      stores.loginTokens().deleteAll(h, user.localUser().id());
    });
  }

  /**
   * A person of another site deleted their account there (Delete of the person, by itself): the
   * same marks as a local deletion, and with {@code removeData} their posts and comments erased.
   */
  public void deleteRemote(org.jdbi.v3.core.Handle h, warren.store.person.Person person, boolean removeData) {
    if (person.local()) throw new DomainException(ErrorType.OBJECT_NOT_LOCAL);
    if (removeData) stores.persons().eraseContent(h, person.id());
    stores.persons().markDeleted(h, person.id());
  }
}
