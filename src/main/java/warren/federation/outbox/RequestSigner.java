package warren.federation.outbox;

import java.net.URI;
import java.security.PrivateKey;
import java.util.Map;

/**
 * Makes the headers of a signed activity POST. A seam: the delivery code only needs the headers,
 * whoever computes them.
 */
@FunctionalInterface
public interface RequestSigner {
  /**
   * The headers to send with a POST of {@code body} to {@code target}, including {@code Host} as
   * the HTTP client will send it (the caller must not send another).
   */
  Map<String, String> headers(URI target, byte[] body, String keyId, PrivateKey key);
}
