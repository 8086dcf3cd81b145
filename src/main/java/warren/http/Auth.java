package warren.http;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;
import java.util.Optional;
import warren.domain.DomainException;
import warren.domain.ErrorType;
import warren.domain.accounts.LocalUserView;
import warren.domain.accounts.Sessions;

/**
 * Who is asking. The token comes from {@code Authorization: Bearer} or the {@code jwt} cookie, as
 * in Lemmy; a bad token makes the request anonymous rather than failing it.
 */
public final class Auth {
  private static final String COOKIE = "jwt";

  /** Cached per request, so a handler can ask more than once for the price of one lookup. */
  private record Resolved(Optional<LocalUserView> user) {}

  private final Sessions sessions;

  public Auth(Sessions sessions) {
    this.sessions = sessions;
  }

  public Optional<LocalUserView> user(ServerRequest req) {
    var cached = req.context().get(Resolved.class);
    if (cached.isPresent()) return cached.get().user();
    Optional<LocalUserView> user = token(req).flatMap(sessions::authenticate);
    req.context().register(new Resolved(user));
    return user;
  }

  public LocalUserView requireUser(ServerRequest req) {
    return user(req).orElseThrow(() -> new DomainException(ErrorType.INCORRECT_LOGIN));
  }

  public static Optional<String> token(ServerRequest req) {
    var header = req.headers().first(HeaderNames.AUTHORIZATION);
    if (header.isPresent()) {
      String h = header.get().trim();
      if (h.regionMatches(true, 0, "Bearer ", 0, 7)) {
        String t = h.substring(7).trim();
        if (!t.isEmpty()) return Optional.of(t);
      }
    }
    return req.headers().first(HeaderNames.COOKIE).flatMap(Auth::cookie);
  }

  static Optional<String> cookie(String header) {
    for (String part : header.split(";")) {
      String p = part.trim();
      if (p.startsWith(COOKIE + "=")) {
        String v = p.substring(COOKIE.length() + 1);
        if (!v.isEmpty()) return Optional.of(v);
      }
    }
    return Optional.empty();
  }
}
