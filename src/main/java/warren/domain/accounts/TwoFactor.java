package warren.domain.accounts;

import warren.domain.DomainException;
import warren.domain.ErrorType;
import warren.domain.Tx;
import warren.store.ColumnChanges;
import warren.store.Stores;
import warren.support.crypto.Totp;

/** TOTP setup: generate a secret, then prove it with a code to turn 2FA on or off. */
public final class TwoFactor {
  private final Tx tx;
  private final Stores stores;
  private final String hostname;

  public TwoFactor(Tx tx, Stores stores, String hostname) {
    this.tx = tx;
    this.stores = stores;
    this.hostname = hostname;
  }

  /** POST /user/totp/generate: returns the otpauth URL for an authenticator app. */
  public String generate(LocalUserView user) {
    if (user.localUser().totp2faEnabled()) throw new DomainException(ErrorType.TOTP_ALREADY_ENABLED);
    String secret = Totp.newSecret();
    tx.run(h -> stores.localUsers().update(h, user.localUser().id(), new ColumnChanges().set("totp_2fa_secret", secret)));
    return Totp.url(secret, user.person().name(), hostname);
  }

  /** POST /user/totp/update: a valid code switches 2FA as asked; turning off forgets the secret. */
  public boolean update(LocalUserView user, String code, boolean enabled) {
    Login.checkTotp(user.localUser(), code);
    tx.run(h -> stores.localUsers().update(h, user.localUser().id(), new ColumnChanges()
        .set("totp_2fa_enabled", enabled)
        .clearIf(!enabled, "totp_2fa_secret")));
    return enabled;
  }
}
