package warren.federation.actors;

import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.function.Function;
import warren.domain.DomainException;
import warren.domain.ErrorType;
import warren.federation.protocol.ApJson;
import warren.federation.protocol.Tombstone;

/**
 * The URLs of local actors and objects, served as ActivityPub JSON to whoever asks for it by
 * {@code Accept}. The same paths are web pages for browsers: those requests pass on
 * ({@code res.next()}) to the web UI's handlers, so these routes must be registered first. The
 * collections have no page of their own and are JSON whatever the request asks for, as in Lemmy.
 */
public final class ActivityPubRoutes implements HttpService {
  private static final io.helidon.http.HeaderName VARY = HeaderNames.create("Vary");

  private final LocalObjects objects;

  public ActivityPubRoutes(LocalObjects objects) {
    this.objects = objects;
  }

  @Override
  public void routing(HttpRules rules) {
    rules.get("/", negotiated(req -> objects.site()))
        .get("/site_outbox", always(req -> objects.siteOutbox()))
        .get("/u/{name}", negotiated(req -> objects.person(name(req))))
        .get("/u/{name}/outbox", always(req -> objects.personOutbox(name(req))))
        .get("/c/{name}", negotiated(req -> objects.group(name(req))))
        .get("/c/{name}/outbox", always(req -> objects.outbox(name(req))))
        .get("/c/{name}/followers", always(req -> objects.followers(name(req))))
        .get("/c/{name}/moderators", always(req -> objects.moderators(name(req))))
        .get("/c/{name}/featured", always(req -> objects.featured(name(req))))
        .get("/post/{id}", negotiated(req -> objects.post(id(req, ErrorType.COULDNT_FIND_POST))))
        .get("/comment/{id}", negotiated(req -> objects.comment(id(req, ErrorType.COULDNT_FIND_COMMENT))));
  }

  private static Handler negotiated(Function<ServerRequest, Answer> answer) {
    return (req, res) -> {
      res.header(VARY, "Accept");
      if (!ContentNegotiation.wantsActivityJson(req.headers().first(HeaderNames.ACCEPT).orElse(null))) {
        res.next();
        return;
      }
      send(res, answer.apply(req));
    };
  }

  private static Handler always(Function<ServerRequest, Answer> answer) {
    return (req, res) -> send(res, answer.apply(req));
  }

  static void send(ServerResponse res, Answer answer) {
    switch (answer) {
      case Answer.Found found -> {
        res.status(Status.OK_200);
        res.header(HeaderNames.CONTENT_TYPE, ApJson.CONTENT_TYPE);
        res.send(ApJson.documentBytes(found.document()));
      }
      case Answer.Gone gone -> {
        res.status(Status.GONE_410);
        res.header(HeaderNames.CONTENT_TYPE, ApJson.CONTENT_TYPE);
        res.send(ApJson.documentBytes(Tombstone.of(gone.id())));
      }
      case Answer.Elsewhere elsewhere -> {
        res.status(Status.PERMANENT_REDIRECT_308);
        res.header(HeaderNames.LOCATION, elsewhere.url());
        res.send();
      }
    }
  }

  private static String name(ServerRequest req) {
    return req.path().pathParameters().get("name");
  }

  private static int id(ServerRequest req, ErrorType notFound) {
    try {
      return Integer.parseInt(req.path().pathParameters().get("id"));
    } catch (NumberFormatException e) {
      throw new DomainException(notFound);
    }
  }
}
