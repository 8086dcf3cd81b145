package warren.http;

import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import warren.domain.DomainException;
import warren.domain.ErrorType;

/**
 * Turns failures into Lemmy's error JSON, {@code {"error":"name"}} with an optional
 * {@code message}. Status codes as Lemmy's: 401 for incorrect_login, 404 for a missing thing,
 * 400 for every other refusal; anything unexpected is logged and answered 500 without detail.
 */
public final class ApiErrors {
  private static final Logger LOG = Logger.getLogger(ApiErrors.class.getName());

  private ApiErrors() {}

  public static void domain(ServerRequest req, ServerResponse res, DomainException e) {
    Status status = e.type() == ErrorType.INCORRECT_LOGIN ? Status.UNAUTHORIZED_401
        : e.type().isNotFound() ? Status.NOT_FOUND_404 : Status.BAD_REQUEST_400;
    send(res, status, e.type().wireName(), e.detail().orElse(null));
  }

  /** Helidon's own refusals (no such route, bad request line): their status, Lemmy's error shape. */
  public static void http(ServerRequest req, ServerResponse res, io.helidon.http.HttpException e) {
    if (e.status().code() >= 500) {
      unexpected(req, res, e);
      return;
    }
    String message = e.status().code() == 404
        ? "no such endpoint: " + req.prologue().method() + " " + req.path().path()
        : e.getMessage();
    send(res, e.status(), "unknown", message);
  }

  public static void unexpected(ServerRequest req, ServerResponse res, Throwable e) {
    if (clientWentAway(e)) {
      LOG.log(Level.FINE, "client closed the connection during " + req.path().path(), e);
      return;
    }
    LOG.log(Level.SEVERE, "unhandled error on " + req.prologue().method() + " " + req.path().path(), e);
    send(res, Status.INTERNAL_SERVER_ERROR_500, "unknown", "internal error");
  }

  /** A client that hangs up mid-answer is no server fault, and there is nobody left to answer. */
  static boolean clientWentAway(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof java.net.SocketException) return true;
    }
    return false;
  }

  public static void send(ServerResponse res, Status status, String error, String message) {
    Map<String, String> body = new LinkedHashMap<>();
    body.put("error", error);
    if (message != null) body.put("message", message);
    res.status(status);
    res.header(HeaderNames.CONTENT_TYPE, "application/json");
    res.send(Json.write(body));
  }
}
