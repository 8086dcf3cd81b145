package warren.federation.outbox;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import warren.domain.DomainException;
import warren.domain.ErrorType;
import warren.support.web.AddressGuard;

/**
 * Sends one delivery: signs it as its actor and POSTs it to the inbox, within the request
 * timeout, without following redirects. The host is checked against {@link AddressGuard} first
 * (loopback and private addresses only in federation debug mode), so an actor document cannot
 * point Warren at its own network; the check resolves the name through the JVM's address cache,
 * which the client's connection then uses too.
 */
final class InboxPoster implements AutoCloseable {
  /** Enough of a refusal's body to say why in the log. */
  private static final int MAX_BODY_KEPT = 300;

  private final HttpClient http;
  private final AddressGuard guard;
  private final boolean debug;
  private final String userAgent;
  private final Duration timeout;
  private final RequestSigner signer;
  private final SigningKeys keys;

  InboxPoster(AddressGuard guard, boolean debug, String userAgent, Duration timeout, RequestSigner signer,
      SigningKeys keys) {
    this.guard = guard;
    this.debug = debug;
    this.userAgent = userAgent;
    this.timeout = timeout;
    this.signer = signer;
    this.keys = keys;
    this.http = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(timeout)
        .executor(Executors.newVirtualThreadPerTaskExecutor())
        .build();
  }

  Outcome post(ClaimedDelivery d) {
    URI inbox;
    try {
      inbox = URI.create(d.inbox());
    } catch (IllegalArgumentException e) {
      return Outcome.rejected(d, "malformed inbox");
    }
    String scheme = inbox.getScheme() == null ? "" : inbox.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("https") && !(debug && scheme.equals("http"))) return Outcome.rejected(d, "inbox not https");
    try {
      guard.resolve(inbox.getHost());
    } catch (DomainException e) {
      return e.type() == ErrorType.INVALID_URL ? Outcome.rejected(d, "address not allowed")
          : Outcome.retry(d, "cannot resolve " + inbox.getHost());
    }
    Optional<PrivateKey> key = keys.forActor(d.actorApId());
    if (key.isEmpty()) return Outcome.rejected(d, "no local actor " + d.actorApId() + " to sign as");
    byte[] body = d.body().getBytes(StandardCharsets.UTF_8);
    HttpRequest.Builder request = HttpRequest.newBuilder(inbox).timeout(timeout)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
        .header("User-Agent", userAgent)
        .header("Accept", "application/activity+json");
    for (Map.Entry<String, String> h : signer.headers(inbox, body, d.keyId(), key.get()).entrySet()) {
      if (!h.getKey().equalsIgnoreCase("host")) request.header(h.getKey(), h.getValue());
    }
    try {
      HttpResponse<InputStream> response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
      String start;
      try (InputStream in = response.body()) {
        start = new String(in.readNBytes(MAX_BODY_KEPT), StandardCharsets.UTF_8);
      }
      Outcome outcome = Outcome.of(d, response.statusCode());
      return start.isBlank() || outcome.kind() == Outcome.Kind.DELIVERED ? outcome
          : new Outcome(d, outcome.kind(), outcome.status(), outcome.detail() + ": " + start.strip());
    } catch (HttpTimeoutException e) {
      return Outcome.retry(d, "timed out");
    } catch (IOException e) {
      return Outcome.retry(d, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Outcome.abandoned(d);
    }
  }

  @Override
  public void close() {
    http.close();
  }
}
