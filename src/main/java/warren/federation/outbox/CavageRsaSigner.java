package warren.federation.outbox;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Signs a POST as Lemmy 0.19 does (draft-cavage HTTP signatures in the "compat" mode of its
 * library): a SHA-256 {@code Digest}, and an RSASSA-PKCS1-v1_5 SHA-256 signature over
 * {@code (request-target) content-type date digest host}, announced as {@code hs2019}, which
 * Lemmy, Mastodon and the others verify as rsa-sha256. To be replaced by the shared
 * HTTP-signature code once it exists.
 */
public final class CavageRsaSigner implements RequestSigner {
  static final String CONTENT_TYPE = "application/activity+json";
  private static final DateTimeFormatter HTTP_DATE =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH);

  @Override
  public Map<String, String> headers(URI target, byte[] body, String keyId, PrivateKey key) {
    String date = HTTP_DATE.format(ZonedDateTime.now(ZoneOffset.UTC));
    String host = hostHeader(target);
    String path = target.getRawPath() == null || target.getRawPath().isEmpty() ? "/" : target.getRawPath();
    if (target.getRawQuery() != null) path += "?" + target.getRawQuery();
    try {
      String digest = "SHA-256=" + Base64.getEncoder().encodeToString(
          MessageDigest.getInstance("SHA-256").digest(body));
      String signed = "(request-target): post " + path + "\ncontent-type: " + CONTENT_TYPE + "\ndate: " + date
          + "\ndigest: " + digest + "\nhost: " + host;
      Signature rsa = Signature.getInstance("SHA256withRSA");
      rsa.initSign(key);
      rsa.update(signed.getBytes(StandardCharsets.UTF_8));
      String signature = "keyId=\"" + keyId + "\",algorithm=\"hs2019\","
          + "headers=\"(request-target) content-type date digest host\",signature=\""
          + Base64.getEncoder().encodeToString(rsa.sign()) + "\"";
      Map<String, String> headers = new LinkedHashMap<>();
      headers.put("Content-Type", CONTENT_TYPE);
      headers.put("Date", date);
      headers.put("Digest", digest);
      headers.put("Host", host);
      headers.put("Signature", signature);
      return headers;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot sign with the key of " + keyId, e);
    }
  }

  /** What java.net.http sends as Host: the URI's host, with the port only when it is not the default. */
  static String hostHeader(URI target) {
    int port = target.getPort();
    boolean https = "https".equalsIgnoreCase(target.getScheme());
    return port == -1 || port == (https ? 443 : 80) ? target.getHost() : target.getHost() + ":" + port;
  }
}
