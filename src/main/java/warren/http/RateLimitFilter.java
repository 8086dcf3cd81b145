package warren.http;

import io.helidon.http.HeaderNames;
import io.helidon.http.Method;
import io.helidon.http.Status;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;
import java.time.Clock;
import warren.http.RateLimiter.Action;

/**
 * Applies the site's rate limits to the API, choosing the bucket by route as Lemmy does, and to
 * the web UI's forms, which reach the same actions by other paths.
 */
public final class RateLimitFilter {
  private final RateLimiter limiter;
  private final Clock clock;

  public RateLimitFilter(RateLimiter limiter, Clock clock) {
    this.limiter = limiter;
    this.clock = clock;
  }

  public void filter(FilterChain chain, RoutingRequest req, RoutingResponse res) {
    String path = req.path().path();
    Method method = req.prologue().method();
    boolean api = path.startsWith("/api/v3/");
    Action action = api ? (method.equals(Method.OPTIONS) ? null : actionFor(method, path.substring("/api/v3".length())))
        : webActionFor(method, path);
    if (action == null || limiter.allow(action, ClientIp.of(req), clock.millis() / 1000)) {
      chain.proceed();
      return;
    }
    if (api) {
      ApiErrors.send(res, Status.BAD_REQUEST_400, "rate_limit_error", null);
    } else {
      res.status(Status.TOO_MANY_REQUESTS_429);
      res.header(HeaderNames.CONTENT_TYPE, "text/plain; charset=utf-8");
      res.send("Too many requests. Wait a minute, then try again.");
    }
  }

  /**
   * The bucket of a web UI request, or null for one that is not limited (pages, static files, and
   * ActivityPub inboxes: as in Lemmy, only the API is limited; a big site sends many signed
   * activities a second from one address, and a refused one would only be sent again later).
   */
  static Action webActionFor(Method method, String path) {
    if (method.equals(Method.GET)) return path.equals("/search") ? Action.SEARCH : null;
    if (!method.equals(Method.POST) || isInbox(path)) return null;
    if (path.equals("/login") || path.equals("/signup") || path.equals("/create_community")) return Action.REGISTER;
    if (path.equals("/create_post")) return Action.POST;
    if (path.endsWith("/comment") || path.endsWith("/reply")) return Action.COMMENT;
    return Action.MESSAGE;
  }

  /** The shared inbox and a person's or a community's ({@code /u/name/inbox}, {@code /c/name/inbox}). */
  static boolean isInbox(String path) {
    return path.equals("/inbox") || (path.endsWith("/inbox") && (path.startsWith("/u/") || path.startsWith("/c/"))
        && path.indexOf('/', 3) == path.length() - "/inbox".length());
  }

  static Action actionFor(Method method, String route) {
    boolean post = method.equals(Method.POST);
    return switch (route) {
      case "/user/register", "/user/login", "/user/password_reset" -> Action.REGISTER;
      case "/community" -> post ? Action.REGISTER : Action.MESSAGE;
      case "/post" -> post ? Action.POST : Action.MESSAGE;
      case "/user/get_captcha" -> Action.POST;
      case "/comment" -> post ? Action.COMMENT : Action.MESSAGE;
      case "/search", "/resolve_object" -> Action.SEARCH;
      case "/user/export_settings", "/user/import_settings" -> Action.IMPORT_USER_SETTINGS;
      default -> Action.MESSAGE;
    };
  }
}
