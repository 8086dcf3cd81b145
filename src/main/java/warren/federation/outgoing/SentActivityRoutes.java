package warren.federation.outgoing;

import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.nio.charset.StandardCharsets;
import warren.domain.DomainException;
import warren.domain.ErrorType;
import warren.domain.Tx;
import warren.federation.outbox.Outbox;
import warren.federation.outbox.SentActivity;
import warren.federation.protocol.ApJson;

/**
 * Sent activities at their ids, as Lemmy serves them for the days it keeps them
 * ({@code /activities/<type>/<uuid>}, and {@code /activities/announce/<type>/<uuid>}). Follows,
 * accepts and other sensitive ones get 403.
 */
final class SentActivityRoutes implements HttpService {
  private final Tx tx;
  private final Outbox outbox;
  private final String origin;

  SentActivityRoutes(Tx tx, Outbox outbox, String origin) {
    this.tx = tx;
    this.outbox = outbox;
    this.origin = origin;
  }

  @Override
  public void routing(HttpRules rules) {
    rules.get("/activities/{type}/{uuid}", this::serve)
        .get("/activities/announce/{type}/{uuid}", this::serve);
  }

  private void serve(ServerRequest req, ServerResponse res) {
    String id = origin + req.path().rawPath();
    SentActivity a = tx.read(h -> outbox.sentActivity(h, id))
        .orElseThrow(() -> new DomainException(ErrorType.COULDNT_FIND_OBJECT));
    if (a.sensitive()) {
      res.status(Status.FORBIDDEN_403).send();
      return;
    }
    res.header(HeaderNames.CONTENT_TYPE, ApJson.CONTENT_TYPE);
    res.send(a.body().getBytes(StandardCharsets.UTF_8));
  }
}
