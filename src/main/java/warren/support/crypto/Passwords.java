package warren.support.crypto;

import com.password4j.BcryptFunction;
import com.password4j.Password;
import com.password4j.types.Bcrypt;

/** bcrypt password hashes in the {@code $2b$} form Lemmy stores, so accounts can move between the two. */
public final class Passwords {
  private final BcryptFunction bcrypt;
  /**
   * Checked against when the user does not exist, so both paths cost one bcrypt of the same cost.
   * A fixed hash (of a random password nobody knows) spares hashing one at every start.
   */
  private static final String DECOY_COST_12 = "$2b$12$C6UzMDM.H6dfI/f/IKxGhuf7yd9D9sLbUP2ZMvGSHQ/rvxzJpUOK.";
  private final String decoy;

  public Passwords(int cost) {
    this.bcrypt = BcryptFunction.getInstance(Bcrypt.B, cost);
    this.decoy = cost == 12 ? DECOY_COST_12 : hash(Tokens.random(16));
  }

  public String hash(String password) {
    return Password.hash(password).with(bcrypt).getResult();
  }

  public boolean verify(String password, String hash) {
    if (hash == null || !hash.startsWith("$2")) return false;
    return Password.check(password, hash).with(BcryptFunction.getInstanceFromHash(hash));
  }

  /** Spends the time of a real check and fails: for unknown user names. */
  public boolean verifyNobody(String password) {
    Password.check(password, decoy).with(bcrypt);
    return false;
  }
}
