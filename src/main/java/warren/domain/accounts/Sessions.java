package warren.domain.accounts;

import java.util.List;
import java.util.Optional;
import warren.domain.Tx;
import warren.store.Stores;
import warren.store.user.LoginToken;
import warren.support.crypto.Jwts;

/**
 * Login tokens: a JWT is accepted only while its stored row exists, so logout and a password
 * change revoke it on every node at once.
 */
public final class Sessions {
  private final Tx tx;
  private final Stores stores;
  private final Jwts jwts;

  public Sessions(Tx tx, Stores stores, Jwts jwts) {
    this.tx = tx;
    this.stores = stores;
    this.jwts = jwts;
  }

  public String issue(int localUserId, RequestOrigin origin) {
    String token = jwts.issue(localUserId);
    tx.run(h -> stores.loginTokens().insert(h, token, localUserId, origin.ip(), origin.userAgent()));
    return token;
  }

  /**
   * The account behind a token, or empty for a token that is malformed, forged, revoked, or whose
   * account is deleted or banned: such requests go on as anonymous, as in Lemmy.
   */
  public Optional<LocalUserView> authenticate(String token) {
    Optional<Integer> userId = jwts.verify(token);
    if (userId.isEmpty()) return Optional.empty();
    return tx.read(h -> stores.localUsers().readByToken(h, token, userId.get())
        .map(a -> new LocalUserView(a.localUser(), a.person(), a.languageIds()))
        .filter(v -> !v.person().deleted() && !v.person().banned()));
  }

  public void revoke(String token) {
    tx.run(h -> stores.loginTokens().delete(h, token));
  }

  public List<LoginToken> list(LocalUserView user) {
    return tx.read(h -> stores.loginTokens().list(h, user.localUser().id()));
  }
}
