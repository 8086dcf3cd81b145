package warren.federation.discovery;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import warren.domain.DomainException;
import warren.domain.ErrorType;
import warren.federation.protocol.ApJson;
import warren.federation.protocol.ApParseException;
import warren.federation.protocol.Lenient;
import warren.support.web.FetchedResponse;
import warren.support.web.SafeHttpClient;

/**
 * Asks another site who {@code name@host} is, as Lemmy does ({@code fetch/webfinger.rs}):
 * {@code GET /.well-known/webfinger?resource=acct:name@host}, https (http in debug mode, where the
 * host may carry a port). The answer's links whose {@code type} starts with {@code application/}
 * and that have an {@code href} are the candidates, in order; {@code rel} is not looked at.
 */
public final class WebFingerClient {
  static final int MAX_BYTES = 64 * 1024;

  private final SafeHttpClient http;
  private final boolean debug;

  public WebFingerClient(SafeHttpClient http, boolean debug) {
    this.http = http;
    this.debug = debug;
  }

  /** The actor URLs the host names for {@code name}; {@code couldnt_find_object} when it names none. */
  public List<String> actorUrls(String name, String host) {
    String resource = "acct:" + name + "@" + host;
    URI uri = URI.create((debug ? "http" : "https") + "://" + host + "/.well-known/webfinger?resource="
        + URLEncoder.encode(resource, StandardCharsets.UTF_8));
    JsonNode jrd;
    try (FetchedResponse r = http.get(uri, (u, h) -> java.util.Map.of("accept", "application/jrd+json"), 1)) {
      if (r.status() != 200) throw new DomainException(ErrorType.COULDNT_FIND_OBJECT, resource + ": " + r.status());
      jrd = ApJson.parse(r.readBody(MAX_BYTES));
    } catch (ApParseException e) {
      throw new DomainException(ErrorType.COULDNT_FIND_OBJECT, resource + ": " + e.getMessage());
    }
    List<String> urls = new ArrayList<>();
    JsonNode links = jrd.get("links");
    if (links != null && links.isArray()) {
      for (JsonNode link : links.values()) {
        String type = Lenient.string(link, "type");
        String href = Lenient.string(link, "href");
        if (type != null && type.startsWith("application/") && href != null) urls.add(href);
      }
    }
    if (urls.isEmpty()) throw new DomainException(ErrorType.COULDNT_FIND_OBJECT, resource + " names no actor");
    return urls;
  }
}
