package warren.http;

import io.helidon.http.Method;
import io.helidon.http.Status;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;
import java.time.Clock;
import warren.http.RateLimiter.Action;

/** Applies the site's rate limits to the API, choosing the bucket by route as Lemmy does. */
public final class RateLimitFilter {
  private final RateLimiter limiter;
  private final Clock clock;

  public RateLimitFilter(RateLimiter limiter, Clock clock) {
    this.limiter = limiter;
    this.clock = clock;
  }

  public void filter(FilterChain chain, RoutingRequest req, RoutingResponse res) {
    String path = req.path().path();
    if (!path.startsWith("/api/v3/") || req.prologue().method().equals(Method.OPTIONS)) {
      chain.proceed();
      return;
    }
    Action action = actionFor(req.prologue().method(), path.substring("/api/v3".length()));
    if (!limiter.allow(action, ClientIp.of(req), clock.millis() / 1000)) {
      ApiErrors.send(res, Status.BAD_REQUEST_400, "rate_limit_error", null);
      return;
    }
    chain.proceed();
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
