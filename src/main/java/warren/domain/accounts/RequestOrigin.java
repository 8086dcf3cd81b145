package warren.domain.accounts;

import java.util.List;

/** What a use case may know of the request behind it, without knowing HTTP. */
public record RequestOrigin(String ip, String userAgent, List<String> acceptLanguages) {
  public static RequestOrigin none() {
    return new RequestOrigin(null, null, List.of());
  }
}
