package warren.bench;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.spec.RSAPrivateCrtKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import java.util.Random;

/**
 * One RSA-2048 key pair, made from the seed, that every generated person and community shares.
 * A thousand real key pairs would take minutes, and random ones would break determinism; the
 * data is for local benchmarks, where no peer ever checks a signature.
 */
record ActorKeys(String publicPem, String privatePem) {

  static ActorKeys fromSeed(long seed) {
    // java.util.Random, unlike SecureRandom, is fully determined by its seed.
    Random random = new Random(Seeds.mix(seed ^ Seeds.KEYS));
    BigInteger e = BigInteger.valueOf(65_537);
    BigInteger p, q, phi;
    do {
      p = BigInteger.probablePrime(1024, random);
      q = BigInteger.probablePrime(1024, random);
      phi = p.subtract(BigInteger.ONE).multiply(q.subtract(BigInteger.ONE));
    } while (p.equals(q) || !phi.gcd(e).equals(BigInteger.ONE) || p.multiply(q).bitLength() != 2048);
    BigInteger n = p.multiply(q);
    BigInteger d = e.modInverse(phi);
    try {
      KeyFactory rsa = KeyFactory.getInstance("RSA");
      var pub = rsa.generatePublic(new RSAPublicKeySpec(n, e));
      var priv = rsa.generatePrivate(new RSAPrivateCrtKeySpec(n, e, d, p, q,
          d.mod(p.subtract(BigInteger.ONE)), d.mod(q.subtract(BigInteger.ONE)), q.modInverse(p)));
      return new ActorKeys(pem("PUBLIC KEY", pub.getEncoded()), pem("PRIVATE KEY", priv.getEncoded()));
    } catch (GeneralSecurityException ex) {
      throw new IllegalStateException(ex);
    }
  }

  /** The PEM layout of {@code warren.support.crypto.RsaKeys}. */
  private static String pem(String type, byte[] der) {
    String body = Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der);
    return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
  }
}
