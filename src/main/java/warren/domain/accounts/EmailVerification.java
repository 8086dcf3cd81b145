package warren.domain.accounts;

import warren.domain.DomainException;
import warren.domain.ErrorType;
import warren.domain.Tx;
import warren.store.ColumnChanges;
import warren.store.Stores;

/** POST /user/verify_email: a mailed token confirms the address it was sent to. */
public final class EmailVerification {
  private final Tx tx;
  private final Stores stores;

  public EmailVerification(Tx tx, Stores stores) {
    this.tx = tx;
    this.stores = stores;
  }

  public void verify(String token) {
    tx.run(h -> {
      var v = stores.emailTokens().takeVerification(h, token == null ? "" : token)
          .orElseThrow(() -> new DomainException(ErrorType.TOKEN_NOT_FOUND));
      stores.localUsers().update(h, v.localUserId(), new ColumnChanges()
          .set("email", v.email()).set("email_verified", true));
    });
  }
}
