package warren.support.crypto;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/** RSA-2048 actor key pairs in PEM, the form ActivityPub's {@code publicKeyPem} carries. */
public final class RsaKeys {
  private RsaKeys() {}

  public record PemPair(String publicPem, String privatePem) {}

  public static PemPair generate() {
    try {
      KeyPairGenerator gen = KeyPairGenerator.getInstance("RSA");
      gen.initialize(2048);
      KeyPair kp = gen.generateKeyPair();
      return new PemPair(
          pem("PUBLIC KEY", kp.getPublic().getEncoded()),
          pem("PRIVATE KEY", kp.getPrivate().getEncoded()));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static String pem(String type, byte[] der) {
    String body = Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der);
    return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
  }
}
