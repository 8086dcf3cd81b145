package warren.federation.httpsig;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import warren.federation.httpsig.SignatureException.Reason;
import warren.federation.protocol.ApJson;

/**
 * HTTP signatures as the fediverse uses them (draft-cavage, RSASSA-PKCS1-v1_5 over SHA-256),
 * signed the way Lemmy signs: {@code algorithm="hs2019"}, {@code (request-target)} first and the
 * other headers in alphabetical order, a {@code Date} and, with a body, a SHA-256 {@code Digest}.
 * Verifying takes {@code rsa-sha256} and {@code hs2019} (checked as RSA-SHA256, as Lemmy does),
 * Date-signed (Mastodon) and {@code (created)}-signed (draft 11+) requests alike.
 */
public final class HttpSignatures {
  /** How old a signature may be: Lemmy's library lets one live an hour. */
  public static final Duration MAX_AGE = Duration.ofHours(1);
  /** How far ahead a sender's clock may run; Mastodon allows the same hour. */
  public static final Duration MAX_FUTURE = Duration.ofHours(1);

  private static final String ALGORITHM = "hs2019";

  private HttpSignatures() {}

  /** What a verified signature vouches for. */
  public record Verified(String keyId, String ownerId, List<String> signedHeaders) {}

  /**
   * The headers of a signed activity POST, {@code Signature} included, in the order Lemmy sends
   * them: Content-Type, Host, Date, Digest; signed as {@code (request-target) content-type date digest host}.
   */
  public static Map<String, String> signPost(URI target, String hostHeader, byte[] body, SigningKey key, Instant now) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("content-type", ApJson.CONTENT_TYPE);
    headers.put("host", hostHeader);
    headers.put("date", HttpDates.format(now));
    headers.put("digest", Digests.sha256(body));
    headers.put("signature", sign("POST", pathAndQuery(target), headers, key));
    return headers;
  }

  /** The headers of a signed GET, signed as {@code (request-target) accept date host}. */
  public static Map<String, String> signGet(URI target, String hostHeader, String accept, SigningKey key, Instant now) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("accept", accept);
    headers.put("host", hostHeader);
    headers.put("date", HttpDates.format(now));
    headers.put("signature", sign("GET", pathAndQuery(target), headers, key));
    return headers;
  }

  /**
   * The {@code Signature} header value over {@code (request-target)} and every header given
   * (names lower case), the latter in alphabetical order.
   */
  public static String sign(String method, String pathAndQuery, Map<String, String> headers, SigningKey key) {
    List<String> names = new ArrayList<>();
    names.add("(request-target)");
    headers.keySet().stream().map(n -> n.toLowerCase(Locale.ROOT)).filter(n -> !n.equals("signature")).sorted()
        .forEach(names::add);
    Map<String, List<String>> multi = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.forEach((k, v) -> multi.put(k, List.of(v)));
    String signingString = signingString(method, pathAndQuery, names, multi, null);
    try {
      Signature rsa = Signature.getInstance("SHA256withRSA");
      rsa.initSign(key.privateKey());
      rsa.update(signingString.getBytes(StandardCharsets.UTF_8));
      String signature = Base64.getEncoder().encodeToString(rsa.sign());
      return new SignatureHeader(key.keyId(), ALGORITHM, names, signature, null, null).format();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot sign with " + key.keyId(), e);
    }
  }

  /**
   * Checks the signature of a received request and returns whose key made it; throws
   * {@link SignatureException} with the reason otherwise. {@code headers} may use any case;
   * {@code body} is null or empty for a GET. A request with a body, and any POST, must sign a
   * {@code Digest} that matches the body.
   */
  public static Verified verify(String method, String pathAndQuery, Map<String, List<String>> headers, byte[] body,
      KeyResolver keys, Instant now) {
    Map<String, List<String>> h = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    h.putAll(headers);
    SignatureHeader sig = SignatureHeader.parse(signatureValue(h));
    String algorithm = sig.algorithm() == null ? ALGORITHM : sig.algorithm().toLowerCase(Locale.ROOT);
    if (!algorithm.equals("hs2019") && !algorithm.equals("rsa-sha256")) {
      throw new SignatureException(Reason.UNSUPPORTED_ALGORITHM, sig.algorithm());
    }
    boolean hasBody = body != null && body.length > 0;
    List<String> signed = sig.headers();
    if (!signed.contains("(request-target)")) throw insufficient("(request-target) is not signed");
    if (!signed.contains("date") && !signed.contains("(created)")) throw insufficient("neither date nor (created) is signed");
    if ((hasBody || method.equalsIgnoreCase("POST")) && !signed.contains("digest")) throw insufficient("digest is not signed");
    if (signed.contains("digest") || hasBody) {
      if (!Digests.matches(first(h, "digest"), body == null ? new byte[0] : body)) {
        throw new SignatureException(Reason.DIGEST_MISMATCH, "Digest does not match the body");
      }
    }
    checkTime(sig, h, now);

    String signingString = signingString(method, pathAndQuery, signed, h, sig);
    ResolvedKey key;
    try {
      key = keys.resolve(sig.keyId());
    } catch (SignatureException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new SignatureException(Reason.KEY_UNAVAILABLE, sig.keyId() + ": " + e.getMessage());
    }
    if (key == null) throw new SignatureException(Reason.KEY_UNAVAILABLE, sig.keyId());
    if (!verifies(key, signingString, sig.signature())) {
      throw new SignatureException(Reason.BAD_SIGNATURE, "signature does not verify with " + sig.keyId());
    }
    return new Verified(sig.keyId(), key.ownerId(), signed);
  }

  /** The Host header for {@code uri}: the host, with the port only when it is not the scheme's default. */
  public static String hostHeader(URI uri) {
    String host = uri.getHost().toLowerCase(Locale.ROOT);
    int port = uri.getPort();
    boolean defaultPort = port == -1 || (port == 443 && "https".equalsIgnoreCase(uri.getScheme()))
        || (port == 80 && "http".equalsIgnoreCase(uri.getScheme()));
    return defaultPort ? host : host + ":" + port;
  }

  /** The path and query as the request line carries them, the {@code (request-target)} part. */
  public static String pathAndQuery(URI uri) {
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
  }

  private static boolean verifies(ResolvedKey key, String signingString, String signature) {
    try {
      Signature rsa = Signature.getInstance("SHA256withRSA");
      rsa.initVerify(key.key());
      rsa.update(signingString.getBytes(StandardCharsets.UTF_8));
      return rsa.verify(Base64.getDecoder().decode(signature.strip()));
    } catch (IllegalArgumentException | GeneralSecurityException e) {
      return false;
    }
  }

  private static void checkTime(SignatureHeader sig, Map<String, List<String>> h, Instant now) {
    if (sig.headers().contains("date")) {
      Instant date = HttpDates.parse(first(h, "date"))
          .orElseThrow(() -> new SignatureException(Reason.STALE, "no readable Date header"));
      checkWindow(date, now);
    }
    if (sig.headers().contains("(created)")) {
      if (sig.created() == null) throw new SignatureException(Reason.MALFORMED, "(created) signed without created");
      checkWindow(Instant.ofEpochSecond(sig.created()), now);
    }
    if (sig.expires() != null && Instant.ofEpochSecond(sig.expires()).isBefore(now)) {
      throw new SignatureException(Reason.STALE, "signature expired");
    }
  }

  private static void checkWindow(Instant signedAt, Instant now) {
    if (signedAt.isBefore(now.minus(MAX_AGE))) throw new SignatureException(Reason.STALE, "signed at " + signedAt);
    if (signedAt.isAfter(now.plus(MAX_FUTURE))) throw new SignatureException(Reason.STALE, "signed in the future, " + signedAt);
  }

  private static String signingString(String method, String pathAndQuery, List<String> names,
      Map<String, List<String>> h, SignatureHeader sig) {
    StringBuilder s = new StringBuilder();
    for (String name : names) {
      if (!s.isEmpty()) s.append('\n');
      String value = switch (name) {
        case "(request-target)" -> method.toLowerCase(Locale.ROOT) + " " + pathAndQuery;
        case "(created)" -> sig == null || sig.created() == null ? null : sig.created().toString();
        case "(expires)" -> sig == null || sig.expires() == null ? null : sig.expires().toString();
        default -> {
          List<String> values = h.get(name);
          yield values == null || values.isEmpty() ? null
              : String.join(", ", values.stream().map(String::strip).toList());
        }
      };
      if (value == null) throw new SignatureException(Reason.MISSING_HEADER, name);
      s.append(name).append(": ").append(value);
    }
    return s.toString();
  }

  private static String signatureValue(Map<String, List<String>> h) {
    String signature = first(h, "signature");
    if (signature != null) return signature;
    String authorization = first(h, "authorization");
    if (authorization != null && authorization.regionMatches(true, 0, "Signature ", 0, 10)) {
      return authorization.substring(10);
    }
    throw new SignatureException(Reason.MISSING, "no Signature header");
  }

  private static String first(Map<String, List<String>> h, String name) {
    List<String> values = h.get(name);
    return values == null || values.isEmpty() ? null : values.getFirst();
  }

  private static SignatureException insufficient(String why) {
    return new SignatureException(Reason.INSUFFICIENT_HEADERS, why);
  }
}
