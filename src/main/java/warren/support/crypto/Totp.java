package warren.support.crypto;

import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** RFC 6238 time-based one-time passwords: SHA-1, 6 digits, 30 s steps, as authenticator apps expect. */
public final class Totp {
  private static final int STEP_SECONDS = 30;
  private static final int DIGITS = 6;

  private Totp() {}

  /** A new secret in base32, the form the otpauth URL carries. */
  public static String newSecret() {
    return Base32.encode(Tokens.randomBytes(20));
  }

  public static String url(String secret, String accountName, String issuer) {
    String label = enc(issuer) + ":" + enc(accountName);
    return "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + enc(issuer)
        + "&algorithm=SHA1&digits=" + DIGITS + "&period=" + STEP_SECONDS;
  }

  /** True when {@code code} matches the current step or one step either side (clock drift). */
  public static boolean verify(String secret, String code, Instant now) {
    if (code == null || !code.trim().matches("\\d{" + DIGITS + "}")) return false;
    byte[] key = Base32.decode(secret);
    long step = now.getEpochSecond() / STEP_SECONDS;
    for (long s = step - 1; s <= step + 1; s++) {
      if (constantTimeEquals(codeAt(key, s), code.trim())) return true;
    }
    return false;
  }

  public static String codeAt(byte[] key, long step) {
    try {
      Mac mac = Mac.getInstance("HmacSHA1");
      mac.init(new SecretKeySpec(key, "HmacSHA1"));
      byte[] h = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
      int offset = h[h.length - 1] & 0x0f;
      int binary = ((h[offset] & 0x7f) << 24) | ((h[offset + 1] & 0xff) << 16)
          | ((h[offset + 2] & 0xff) << 8) | (h[offset + 3] & 0xff);
      return String.format("%0" + DIGITS + "d", binary % 1_000_000);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static boolean constantTimeEquals(String a, String b) {
    return java.security.MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
