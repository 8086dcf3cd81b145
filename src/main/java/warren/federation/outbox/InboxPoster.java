package warren.federation.outbox;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.net.ssl.SSLSocketFactory;
import warren.domain.DomainException;
import warren.domain.ErrorType;
import warren.support.web.AddressGuard;

/**
 * Sends one delivery: signs it as its actor and POSTs it to the inbox within the request
 * timeout, following no redirect. New connections go only where {@link AddressGuard} allows
 * (loopback and private addresses only in federation debug mode), so an actor document cannot
 * point Warren at its own network.
 */
final class InboxPoster implements AutoCloseable {
  private final InboxConnections http;
  private final boolean debug;
  private final String userAgent;
  private final Duration timeout;
  private final RequestSigner signer;
  private final SigningKeys keys;

  InboxPoster(AddressGuard guard, boolean debug, String userAgent, Duration timeout, RequestSigner signer,
      SigningKeys keys) {
    this.http = new InboxConnections(guard, (SSLSocketFactory) SSLSocketFactory.getDefault());
    this.debug = debug;
    this.userAgent = userAgent;
    this.timeout = timeout;
    this.signer = signer;
    this.keys = keys;
  }

  Outcome post(ClaimedDelivery d) {
    URI inbox;
    try {
      inbox = new URI(d.inbox());
    } catch (URISyntaxException e) {
      return Outcome.rejected(d, "malformed inbox");
    }
    Optional<String> origin = Outbox.origin(inbox);
    if (origin.isEmpty() || !(origin.get().startsWith("https:") || (debug && origin.get().startsWith("http:")))) {
      return Outcome.rejected(d, debug ? "inbox not http(s)" : "inbox not https");
    }
    Optional<PrivateKey> key = keys.forActor(d.actorApId());
    if (key.isEmpty()) return Outcome.rejected(d, "no local actor " + d.actorApId() + " to sign as");
    byte[] body = d.body().getBytes(StandardCharsets.UTF_8);
    Map<String, String> headers = new LinkedHashMap<>(signer.headers(inbox, body, d.keyId(), key.get()));
    headers.put("User-Agent", userAgent);
    headers.put("Accept", "application/activity+json");
    try {
      InboxConnections.Answer answer = http.post(inbox, origin.get(), headers, body, timeout.toNanos());
      Outcome outcome = Outcome.of(d, answer.status());
      return answer.bodyStart().isBlank() || outcome.kind() == Outcome.Kind.DELIVERED ? outcome
          : new Outcome(d, outcome.kind(), outcome.status(), outcome.detail() + ": " + answer.bodyStart().strip());
    } catch (DomainException e) {
      return e.type() == ErrorType.INVALID_URL ? Outcome.rejected(d, "address not allowed")
          : Outcome.retry(d, "cannot resolve " + inbox.getHost());
    } catch (SocketTimeoutException e) {
      return Outcome.retry(d, "timed out");
    } catch (IOException e) {
      return Outcome.retry(d, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    } catch (IllegalArgumentException e) {
      return Outcome.rejected(d, e.getMessage());
    }
  }

  @Override
  public void close() {
    http.close();
  }
}
