package warren.web;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Tokens that prove a form was served by this site to this session: an HMAC of the session's id
 * (its login token, or the anonymous visitor cookie) under a key derived from the site's secret.
 * A page on another site can make the browser post, but it cannot read or compute the token.
 * Every node of a site derives the same key, so any node accepts a form another node served.
 */
public final class Csrf {
  private final SecretKeySpec key;

  public Csrf(String siteSecret) {
    byte[] derived = hmac(new SecretKeySpec(siteSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"),
        "warren web form tokens v1");
    this.key = new SecretKeySpec(derived, "HmacSHA256");
  }

  public String token(String sessionId) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(hmac(key, sessionId));
  }

  public boolean valid(String sessionId, String token) {
    if (sessionId == null || sessionId.isEmpty() || token == null || token.isEmpty()) return false;
    return MessageDigest.isEqual(token(sessionId).getBytes(StandardCharsets.US_ASCII),
        token.getBytes(StandardCharsets.US_ASCII));
  }

  private static byte[] hmac(SecretKeySpec key, String message) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }
}
