package warren.federation.httpsig;

import java.io.ByteArrayOutputStream;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * RSA keys from PEM text. Actors publish SPKI ({@code BEGIN PUBLIC KEY}), as Lemmy requires of
 * peers; older software publishes PKCS#1 ({@code BEGIN RSA PUBLIC KEY}), which is read too,
 * whatever the line length. Private keys are PKCS#8, as {@code RsaKeys} stores them, or PKCS#1.
 */
public final class Pem {
  private static final Pattern BLOCK =
      Pattern.compile("-----BEGIN ([A-Z ]+)-----([A-Za-z0-9+/=\\s]+)-----END \\1-----");
  /** DER of AlgorithmIdentifier{rsaEncryption, NULL}. */
  private static final byte[] RSA_ALGORITHM = {
      0x30, 0x0d, 0x06, 0x09, 0x2a, (byte) 0x86, 0x48, (byte) 0x86, (byte) 0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00};

  private Pem() {}

  /** Throws {@link IllegalArgumentException} for text that holds no RSA public key. */
  public static PublicKey publicKey(String pem) {
    Block block = block(pem);
    byte[] spki = switch (block.type()) {
      case "PUBLIC KEY" -> block.der();
      case "RSA PUBLIC KEY" -> sequence(RSA_ALGORITHM, tagged(0x03, concat(new byte[] {0}, block.der())));
      default -> throw new IllegalArgumentException("not a public key: " + block.type());
    };
    try {
      return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(spki));
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("unreadable RSA public key", e);
    }
  }

  /** Throws {@link IllegalArgumentException} for text that holds no RSA private key. */
  public static PrivateKey privateKey(String pem) {
    Block block = block(pem);
    byte[] pkcs8 = switch (block.type()) {
      case "PRIVATE KEY" -> block.der();
      case "RSA PRIVATE KEY" -> sequence(new byte[] {0x02, 0x01, 0x00}, RSA_ALGORITHM, tagged(0x04, block.der()));
      default -> throw new IllegalArgumentException("not a private key: " + block.type());
    };
    try {
      return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("unreadable RSA private key", e);
    }
  }

  private record Block(String type, byte[] der) {}

  private static Block block(String pem) {
    if (pem == null) throw new IllegalArgumentException("no PEM");
    Matcher m = BLOCK.matcher(pem);
    if (!m.find()) throw new IllegalArgumentException("no PEM block");
    try {
      return new Block(m.group(1), Base64.getMimeDecoder().decode(m.group(2)));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("bad base64 in PEM", e);
    }
  }

  private static byte[] sequence(byte[]... parts) {
    byte[] body = new byte[0];
    for (byte[] p : parts) body = concat(body, p);
    return tagged(0x30, body);
  }

  /** A DER element: tag, definite length, contents. */
  private static byte[] tagged(int tag, byte[] contents) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(contents.length + 6);
    out.write(tag);
    int n = contents.length;
    if (n < 0x80) {
      out.write(n);
    } else {
      int bytes = n > 0xffffff ? 4 : n > 0xffff ? 3 : n > 0xff ? 2 : 1;
      out.write(0x80 | bytes);
      for (int i = bytes - 1; i >= 0; i--) out.write(n >>> (8 * i));
    }
    out.writeBytes(contents);
    return out.toByteArray();
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] c = new byte[a.length + b.length];
    System.arraycopy(a, 0, c, 0, a.length);
    System.arraycopy(b, 0, c, a.length, b.length);
    return c;
  }
}
