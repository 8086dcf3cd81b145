package warren.api.v3.json;

import java.time.Instant;

/** lemmy-js-client {@code LoginToken}: the token itself is never listed. */
public record LoginToken(int userId, Instant published, String ip, String userAgent) {
  public static LoginToken of(warren.store.user.LoginToken t) {
    return new LoginToken(t.userId(), t.published(), t.ip(), t.userAgent());
  }
}
