package warren.http;

import io.helidon.http.HeaderNames;
import io.helidon.http.Method;
import io.helidon.http.Status;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;

/**
 * Cross-origin access to the API, so that a browser UI served from another origin (the stock
 * lemmy-ui) can call it. Like Lemmy's default, any origin may call; tokens travel in headers.
 */
public final class Cors {
  private Cors() {}

  public static void filter(FilterChain chain, RoutingRequest req, RoutingResponse res) {
    String path = req.path().path();
    var origin = req.headers().first(HeaderNames.ORIGIN);
    if (origin.isEmpty() || !(path.startsWith("/api/") || path.startsWith("/pictrs/"))) {
      chain.proceed();
      return;
    }
    res.header(HeaderNames.ACCESS_CONTROL_ALLOW_ORIGIN, origin.get());
    res.header(HeaderNames.ACCESS_CONTROL_ALLOW_CREDENTIALS, "true");
    res.header(HeaderNames.VARY, "Origin");
    if (req.prologue().method().equals(Method.OPTIONS)) {
      res.header(HeaderNames.ACCESS_CONTROL_ALLOW_METHODS, "GET, POST, PUT, DELETE, OPTIONS");
      res.header(HeaderNames.ACCESS_CONTROL_ALLOW_HEADERS,
          req.headers().first(HeaderNames.ACCESS_CONTROL_REQUEST_HEADERS).orElse("authorization, content-type"));
      res.header(HeaderNames.ACCESS_CONTROL_MAX_AGE, "3600");
      res.status(Status.NO_CONTENT_204).send();
      return;
    }
    res.header(HeaderNames.ACCESS_CONTROL_EXPOSE_HEADERS, "*");
    chain.proceed();
  }
}
