package warren.federation.httpsig;

import java.net.URI;
import java.time.Clock;
import java.util.Locale;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;
import warren.domain.DomainException;
import warren.domain.ErrorType;
import warren.federation.httpsig.FetchException.Kind;
import warren.federation.protocol.ApJson;
import warren.federation.protocol.ApParseException;
import warren.support.web.FetchedResponse;
import warren.support.web.SafeHttpClient;

/**
 * GETs ActivityPub documents from other servers, signed by the site's actor so that servers
 * which require signed fetches (Mastodon's secure mode) answer too. The fetch goes through
 * {@link SafeHttpClient}: its address guard, its deadline (10 s, as Lemmy's) and its own socket,
 * so the Host signed is the Host sent. Each redirect hop is signed anew.
 */
public final class SignedFetcher {
  /** Lemmy's library takes 200 KiB; a community outbox of long posts can be more, so allow 1 MiB. */
  public static final int MAX_BODY_BYTES = 1 << 20;
  /** Lemmy's library follows one redirect; a couple more cover http→https and a moved actor. */
  public static final int MAX_REDIRECTS = 3;
  public static final String ACCEPT = ApJson.CONTENT_TYPE;

  private final SafeHttpClient http;
  private final Supplier<SigningKey> siteKey;
  private final boolean allowHttp;
  private final Clock clock;

  /**
   * @param siteKey   the site actor's key, asked for at each fetch (so it may be read lazily)
   * @param allowHttp federation debug mode: {@code http://} URLs allowed
   */
  public SignedFetcher(SafeHttpClient http, Supplier<SigningKey> siteKey, boolean allowHttp, Clock clock) {
    this.http = http;
    this.siteKey = siteKey;
    this.allowHttp = allowHttp;
    this.clock = clock;
  }

  /** A document and the URL it finally came from. */
  public record Fetched(URI url, JsonNode json) {}

  /**
   * Fetches {@code url}: a 2xx whose Content-Type is {@code application/activity+json} or
   * {@code application/ld+json} (any parameters), and whose body is a JSON object. Everything
   * else throws {@link FetchException}.
   */
  public Fetched fetch(URI url) {
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("https") && !(allowHttp && scheme.equals("http"))) {
      throw new FetchException(Kind.REFUSED, 0, "scheme not allowed: " + url);
    }
    SigningKey key = siteKey.get();
    try (FetchedResponse response = http.get(url,
        (uri, host) -> HttpSignatures.signGet(uri, host, ACCEPT, key, clock.instant()), MAX_REDIRECTS)) {
      int status = response.status();
      if (status == 410) throw new FetchException(Kind.GONE, status, url.toString());
      if (status == 404) throw new FetchException(Kind.NOT_FOUND, status, url.toString());
      if (status < 200 || status > 299) throw new FetchException(Kind.STATUS, status, url + " answered " + status);
      String type = response.contentType().orElse("");
      if (!isActivityJson(type)) throw new FetchException(Kind.CONTENT_TYPE, status, url + " sent " + type);
      byte[] body = response.readBody(MAX_BODY_BYTES + 1);
      if (body.length > MAX_BODY_BYTES) throw new FetchException(Kind.TOO_LARGE, status, url.toString());
      try {
        return new Fetched(response.uri(), ApJson.parse(body));
      } catch (ApParseException e) {
        throw new FetchException(Kind.NOT_JSON, status, url + ": " + e.getMessage());
      }
    } catch (DomainException e) {
      throw new FetchException(e.type() == ErrorType.INVALID_URL ? Kind.REFUSED : Kind.NETWORK, 0,
          e.getMessage());
    }
  }

  /** The media types of ActivityPub JSON; parameters (profile, charset) are not looked at. */
  public static boolean isActivityJson(String contentType) {
    String media = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    return media.equals("application/activity+json") || media.equals("application/ld+json");
  }
}
