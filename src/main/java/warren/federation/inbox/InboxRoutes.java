package warren.federation.inbox;

import io.helidon.http.Header;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import warren.domain.DomainException;
import warren.domain.ErrorType;
import warren.federation.httpsig.SignatureException;
import warren.federation.objects.ObjectFetcher;
import warren.federation.protocol.ApParseException;
import warren.http.ApiErrors;

/**
 * {@code POST /inbox} (the shared inbox, where Lemmy delivers nearly everything),
 * {@code /u/{name}/inbox} and {@code /c/{name}/inbox}. Success is 200 with an empty body, as
 * Lemmy answers. Every refusal is a 4xx with Lemmy's error JSON: 400 for what breaks a rule or
 * cannot be read (a bad signature is Lemmy's {@code unknown}, "Incoming activity has invalid
 * signature"), 404 when an object it needs is not to be found, 413 for a body over
 * {@link #MAX_BODY_BYTES}, 415 when it is not {@code application/*}.
 */
public final class InboxRoutes implements HttpService {
  private static final Logger LOG = Logger.getLogger(InboxRoutes.class.getName());
  /** Lemmy's server takes 256 KiB (actix's default); Warren takes more, as its fetches do. */
  public static final int MAX_BODY_BYTES = 1 << 20;

  private final Inbox inbox;

  public InboxRoutes(Inbox inbox) {
    this.inbox = inbox;
  }

  @Override
  public void routing(HttpRules rules) {
    rules.post("/inbox", (req, res) -> receive(req, res, Inbox.Kind.SHARED))
        .post("/u/{name}/inbox", (req, res) -> receive(req, res, Inbox.Kind.PERSON))
        .post("/c/{name}/inbox", (req, res) -> receive(req, res, Inbox.Kind.COMMUNITY));
  }

  private void receive(ServerRequest req, ServerResponse res, Inbox.Kind kind) {
    try {
      String type = req.headers().first(HeaderNames.CONTENT_TYPE).orElse("");
      if (!type.regionMatches(true, 0, "application/", 0, 12)) {
        ApiErrors.send(res, Status.UNSUPPORTED_MEDIA_TYPE_415, "unknown", "an activity is application/activity+json");
        return;
      }
      byte[] body = body(req);
      if (body == null) {
        ApiErrors.send(res, Status.REQUEST_ENTITY_TOO_LARGE_413, "unknown", "activity too large");
        return;
      }
      String name = kind == Inbox.Kind.SHARED ? null : req.path().pathParameters().get("name");
      String query = req.query().rawValue();
      String target = req.path().rawPath() + (query == null || query.isEmpty() ? "" : "?" + query);
      inbox.receive(new Inbox.Delivery(kind, name, target, headers(req), body));
      res.status(Status.OK_200);
      res.send();
    } catch (DomainException e) {
      ApiErrors.domain(req, res, e);
    } catch (SignatureException e) {
      LOG.fine(() -> "refused an activity: " + e.getMessage());
      ApiErrors.send(res, Status.BAD_REQUEST_400, "unknown", "Incoming activity has invalid signature: " + e.getMessage());
    } catch (ApParseException e) {
      ApiErrors.send(res, Status.BAD_REQUEST_400, "unknown", e.getMessage());
    } catch (ObjectFetcher.Gone e) {
      ApiErrors.send(res, Status.BAD_REQUEST_400, ErrorType.COULDNT_FIND_OBJECT.wireName(), e.getMessage());
    } catch (UncheckedIOException e) {
      LOG.log(Level.FINE, "inbox body not read", e);
      ApiErrors.send(res, Status.BAD_REQUEST_400, "unknown", "body not read");
    } catch (IllegalArgumentException | NullPointerException | ClassCastException e) {
      // Input some check let through: still the sender's fault, and nothing was written.
      LOG.log(Level.WARNING, "an activity slipped past the inbox's checks", e);
      ApiErrors.send(res, Status.BAD_REQUEST_400, "unknown", "malformed activity");
    }
  }

  /** The body, or null when it is larger than the inbox takes. */
  private static byte[] body(ServerRequest req) {
    if (!req.content().hasEntity()) return new byte[0];
    try (InputStream in = req.content().inputStream()) {
      byte[] bytes = in.readNBytes(MAX_BODY_BYTES + 1);
      return bytes.length > MAX_BODY_BYTES ? null : bytes;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, List<String>> headers(ServerRequest req) {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    for (Header h : req.headers()) headers.put(h.name().toLowerCase(java.util.Locale.ROOT), h.allValues());
    return headers;
  }
}
