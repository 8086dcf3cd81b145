package warren.domain.accounts;

import java.time.Duration;
import warren.domain.DomainException;
import warren.domain.ErrorType;
import warren.domain.Tx;
import warren.store.ColumnChanges;
import warren.store.Stores;
import warren.support.crypto.Passwords;
import warren.support.text.Validation;

/** Changing a password, while signed in or through a mailed reset link. Both revoke every session. */
public final class PasswordChanges {
  private static final Duration RESET_LINK_LIFETIME = Duration.ofHours(1);
  private static final int RESETS_PER_DAY = 4;

  private final Tx tx;
  private final Stores stores;
  private final Passwords passwords;
  private final Sessions sessions;
  private final AccountMail mail;

  public PasswordChanges(Tx tx, Stores stores, Passwords passwords, Sessions sessions, AccountMail mail) {
    this.tx = tx;
    this.stores = stores;
    this.passwords = passwords;
    this.sessions = sessions;
    this.mail = mail;
  }

  /** PUT /user/change_password: returns a fresh token, since all others are revoked. */
  public String change(LocalUserView user, String newPassword, String newPasswordVerify, String oldPassword,
      RequestOrigin origin) {
    Validation.password(newPassword);
    if (!newPassword.equals(newPasswordVerify)) throw new DomainException(ErrorType.PASSWORDS_DO_NOT_MATCH);
    if (!passwords.verify(oldPassword == null ? "" : oldPassword, user.localUser().passwordEncrypted())) {
      throw new DomainException(ErrorType.INCORRECT_LOGIN);
    }
    setPassword(user.localUser().id(), newPassword);
    return sessions.issue(user.localUser().id(), origin);
  }

  /** POST /user/password_reset: answers the same whether or not the address is known. */
  public void requestReset(String email) {
    if (email == null || email.isBlank()) return;
    tx.run(h -> stores.localUsers().readByEmail(h, email.trim()).ifPresent(lu -> {
      if (stores.emailTokens().countRecentPasswordResets(h, lu.id(), Duration.ofDays(1)) >= RESETS_PER_DAY) {
        throw new DomainException(ErrorType.RATE_LIMIT_ERROR);
      }
      var person = stores.persons().read(h, lu.personId()).orElseThrow();
      mail.sendPasswordReset(h, lu.id(), person.name(), lu.email());
    }));
  }

  /** POST /user/password_change: sets the password of the link's account. */
  public void completeReset(String token, String password, String passwordVerify) {
    Validation.password(password);
    if (!password.equals(passwordVerify)) throw new DomainException(ErrorType.PASSWORDS_DO_NOT_MATCH);
    int userId = tx.write(h -> stores.emailTokens().takePasswordReset(h, token == null ? "" : token, RESET_LINK_LIFETIME))
        .orElseThrow(() -> new DomainException(ErrorType.TOKEN_NOT_FOUND));
    setPassword(userId, password);
  }

  private void setPassword(int localUserId, String password) {
    String hash = passwords.hash(password);
    tx.run(h -> {
      stores.localUsers().update(h, localUserId, new ColumnChanges().set("password_encrypted", hash));
      stores.loginTokens().deleteAll(h, localUserId);
    });
  }
}
