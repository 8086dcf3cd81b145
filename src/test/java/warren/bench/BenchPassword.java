package warren.bench;

import com.password4j.BcryptFunction;
import com.password4j.types.Bcrypt;
import java.util.SplittableRandom;
import warren.support.crypto.Passwords;

/**
 * The bcrypt hash every generated account logs in with: computed once, with Warren's cost (12,
 * as Lemmy) and a salt drawn from the seed, so the stored hash is the same on every run.
 */
final class BenchPassword {
  private static final int COST = 12;
  private static final String BCRYPT_ALPHABET = "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  /** The 22nd salt character carries only 2 bits; these four have the other 4 bits zero. */
  private static final String LAST_SALT_CHARS = ".Oeu";

  private BenchPassword() {}

  static String hash(String password, long seed) {
    SplittableRandom r = Seeds.stream(seed, Seeds.KEYS, 1);
    StringBuilder salt = new StringBuilder("$2b$" + COST + "$");
    for (int i = 0; i < 21; i++) salt.append(BCRYPT_ALPHABET.charAt(r.nextInt(64)));
    salt.append(LAST_SALT_CHARS.charAt(r.nextInt(4)));
    String hash = BcryptFunction.getInstance(Bcrypt.B, COST).hash(password, salt.toString()).getResult();
    // Log-in goes through Passwords; make sure it accepts what we store.
    if (!new Passwords(4).verify(password, hash)) throw new IllegalStateException("bcrypt hash does not verify");
    return hash;
  }
}
