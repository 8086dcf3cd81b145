package warren.federation.httpsig;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Locale;

/** The {@code Digest} header (RFC 3230): {@code SHA-256=<base64 of the body's SHA-256>}. */
public final class Digests {
  private Digests() {}

  /** The header value Warren sends: exactly one SHA-256 part, as Lemmy's checker wants. */
  public static String sha256(byte[] body) {
    return "SHA-256=" + Base64.getEncoder().encodeToString(hash("SHA-256", body));
  }

  /**
   * True when {@code header} vouches for {@code body}: at least one SHA-256 or SHA-512 part, and
   * every such part matches. Parts of other algorithms are ignored. A parameter after {@code ;}
   * is dropped, as Lemmy's library drops it.
   */
  public static boolean matches(String header, byte[] body) {
    if (header == null) return false;
    String value = header.split(";", 2)[0];
    boolean checked = false;
    for (String part : value.split(",")) {
      int eq = part.indexOf('=');
      if (eq <= 0) continue;
      String algorithm = part.substring(0, eq).strip().toUpperCase(Locale.ROOT);
      String given = part.substring(eq + 1).strip();
      String javaName = switch (algorithm) {
        case "SHA-256" -> "SHA-256";
        case "SHA-512" -> "SHA-512";
        default -> null;
      };
      if (javaName == null) continue;
      byte[] expected = hash(javaName, body);
      byte[] actual;
      try {
        actual = Base64.getDecoder().decode(given);
      } catch (IllegalArgumentException e) {
        return false;
      }
      if (!MessageDigest.isEqual(expected, actual)) return false;
      checked = true;
    }
    return checked;
  }

  private static byte[] hash(String algorithm, byte[] body) {
    try {
      return MessageDigest.getInstance(algorithm).digest(body);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
