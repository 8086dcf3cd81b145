package warren.store.site;

import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** The per-site JWT secret, created once. */
public final class SecretStore {

  public Optional<String> readJwtSecret(Handle h) {
    return h.createQuery("select jwt_secret from secret").mapTo(String.class).findOne();
  }

  /** Stores {@code candidate} unless a secret exists; returns the one in force. */
  public String createJwtSecretIfMissing(Handle h, String candidate) {
    h.createUpdate("insert into secret (id, jwt_secret) values (1, :s) on conflict (id) do nothing")
        .bind("s", candidate).execute();
    return readJwtSecret(h).orElseThrow();
  }
}
