package warren.web;

import io.helidon.http.SetCookie;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.time.Duration;
import java.util.Optional;
import warren.support.crypto.Tokens;

/**
 * The browser's session: the {@code jwt} cookie carries the same login token the API issues (so
 * {@code warren.http.Auth} reads it as it reads a Bearer header), and a visitor without one gets
 * an anonymous {@code wsid} cookie once a page shows them a form, so that form can carry a token.
 */
public final class WebSession {
  static final String LOGIN_COOKIE = "jwt";
  static final String VISITOR_COOKIE = "wsid";
  private static final Duration LOGIN_AGE = Duration.ofDays(365);
  private static final Duration VISITOR_AGE = Duration.ofDays(1);

  private final Csrf csrf;
  private final boolean secure;

  public WebSession(Csrf csrf, boolean secure) {
    this.csrf = csrf;
    this.secure = secure;
  }

  static Optional<String> cookie(ServerRequest req, String name) {
    var cookies = req.headers().cookies();
    return cookies.contains(name) ? cookies.first(name).asOptional().filter(v -> !v.isEmpty()) : Optional.empty();
  }

  /** The form token for a signed-in viewer: bound to their login token. */
  String tokenForLogin(ServerRequest req) {
    return cookie(req, LOGIN_COOKIE).map(csrf::token).orElse("");
  }

  /** The form token for a visitor, setting the visitor cookie when there is none yet. */
  String tokenForVisitor(ServerRequest req, ServerResponse res) {
    String id = cookie(req, VISITOR_COOKIE).orElseGet(() -> {
      String fresh = Tokens.random(32);
      res.headers().addCookie(cookie(VISITOR_COOKIE, fresh, VISITOR_AGE));
      return fresh;
    });
    return csrf.token(id);
  }

  /** Whether {@code token} belongs to one of the sessions this request's cookies name. */
  boolean validToken(ServerRequest req, String token) {
    return cookie(req, LOGIN_COOKIE).map(id -> csrf.valid(id, token)).orElse(false)
        || cookie(req, VISITOR_COOKIE).map(id -> csrf.valid(id, token)).orElse(false);
  }

  void signIn(ServerResponse res, String jwt) {
    res.headers().addCookie(cookie(LOGIN_COOKIE, jwt, LOGIN_AGE));
  }

  void signOut(ServerResponse res) {
    res.headers().addCookie(cookie(LOGIN_COOKIE, "", Duration.ZERO));
  }

  private SetCookie cookie(String name, String value, Duration age) {
    return SetCookie.builder(name, value).path("/").maxAge(age).httpOnly(true)
        .sameSite(SetCookie.SameSite.LAX).secure(secure).build();
  }
}
