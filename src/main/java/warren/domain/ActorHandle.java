package warren.domain;

import java.util.Optional;

/**
 * A handle as people type it: {@code name}, {@code name@host}, {@code name@host:port}, with an
 * optional leading {@code !} (community) or {@code @} (person). Hosts compare without port,
 * as instance domains do.
 */
public record ActorHandle(String name, Optional<String> domain) {

  public static ActorHandle parse(String handle) {
    String h = handle.trim();
    if (h.startsWith("!") || h.startsWith("@")) h = h.substring(1);
    int at = h.indexOf('@');
    if (at < 0) return new ActorHandle(h, Optional.empty());
    String host = h.substring(at + 1);
    int colon = host.lastIndexOf(':');
    return new ActorHandle(h.substring(0, at), Optional.of(colon > 0 ? host.substring(0, colon) : host));
  }

  /** True when the handle names something on this site: no host, or our own. */
  public boolean isLocal(String localDomain) {
    return domain.map(d -> d.equalsIgnoreCase(localDomain)).orElse(true);
  }
}
