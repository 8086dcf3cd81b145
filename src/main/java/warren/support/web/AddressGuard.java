package warren.support.web;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import warren.domain.DomainException;
import warren.domain.ErrorType;

/**
 * Keeps server-side fetches of user-supplied URLs away from the server's own network (SSRF).
 * A host is resolved once; if any of its addresses is not a public unicast address, the fetch is
 * refused, as Lemmy's {@code validate_link_ip} does (crates/api_common/src/request.rs). The
 * caller then connects to one of the addresses checked here, never to a fresh lookup, so DNS
 * cannot answer differently between the check and the connection.
 *
 * <p>In federation debug mode, loopback and private ranges are allowed, because test rigs run
 * every instance on 127.0.0.1. Link-local (cloud metadata at 169.254.169.254), CGNAT, multicast
 * and the rest stay refused even then.
 */
public final class AddressGuard {
  /** How host names become addresses; replaceable in tests. */
  @FunctionalInterface
  public interface Resolver {
    InetAddress[] resolve(String host) throws UnknownHostException;
  }

  private final boolean federationDebug;
  private final Resolver resolver;

  public AddressGuard(boolean federationDebug) {
    this(federationDebug, InetAddress::getAllByName);
  }

  public AddressGuard(boolean federationDebug, Resolver resolver) {
    this.federationDebug = federationDebug;
    this.resolver = resolver;
  }

  /**
   * The addresses of {@code host} (a name or an IP literal, IPv6 with or without brackets), all of
   * them allowed. Throws {@code invalid_url} when any is refused, {@code unknown} when the name
   * does not resolve.
   */
  public List<InetAddress> resolve(String host) {
    String h = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    InetAddress[] found;
    try {
      found = resolver.resolve(h);
    } catch (UnknownHostException e) {
      throw new DomainException(ErrorType.UNKNOWN, "could not resolve host " + h);
    }
    if (found == null || found.length == 0) throw new DomainException(ErrorType.UNKNOWN, "could not resolve host " + h);
    for (InetAddress a : found) check(a);
    return List.of(found);
  }

  /** Throws {@code invalid_url} unless a fetch may go to {@code address}. */
  public void check(InetAddress address) {
    if (!isAllowed(address)) throw new DomainException(ErrorType.INVALID_URL);
  }

  public boolean isAllowed(InetAddress address) {
    return switch (classify(address)) {
      case PUBLIC -> true;
      case LOOPBACK, PRIVATE -> federationDebug;
      case FORBIDDEN -> false;
    };
  }

  enum Kind { PUBLIC, LOOPBACK, PRIVATE, FORBIDDEN }

  static Kind classify(InetAddress address) {
    byte[] b = address.getAddress();
    if (address instanceof Inet4Address) return classifyV4(b, 0);
    if (address instanceof Inet6Address) return classifyV6(b);
    return Kind.FORBIDDEN;
  }

  private static Kind classifyV4(byte[] b, int off) {
    int a0 = b[off] & 0xff;
    int a1 = b[off + 1] & 0xff;
    int a2 = b[off + 2] & 0xff;
    if (a0 == 127) return Kind.LOOPBACK;
    if (a0 == 10 || (a0 == 172 && (a1 & 0xf0) == 16) || (a0 == 192 && a1 == 168)) return Kind.PRIVATE;
    if (a0 == 0) return Kind.FORBIDDEN; // "this network"; 0.0.0.0 reaches the local host on Linux
    if (a0 == 100 && (a1 & 0xc0) == 64) return Kind.FORBIDDEN; // CGNAT 100.64/10
    if (a0 == 169 && a1 == 254) return Kind.FORBIDDEN; // link-local, cloud metadata
    if (a0 >= 224) return Kind.FORBIDDEN; // multicast 224/4, reserved 240/4, broadcast
    if (a0 == 192 && a1 == 0 && (a2 == 0 || a2 == 2)) return Kind.FORBIDDEN; // IETF protocol, TEST-NET-1
    if (a0 == 198 && (a1 & 0xfe) == 18) return Kind.FORBIDDEN; // benchmarking 198.18/15
    if (a0 == 198 && a1 == 51 && a2 == 100) return Kind.FORBIDDEN; // TEST-NET-2
    if (a0 == 203 && a1 == 0 && a2 == 113) return Kind.FORBIDDEN; // TEST-NET-3
    return Kind.PUBLIC;
  }

  private static Kind classifyV6(byte[] b) {
    boolean first10Zero = true;
    for (int i = 0; i < 10; i++) first10Zero &= b[i] == 0;
    if (first10Zero && b[10] == (byte) 0xff && b[11] == (byte) 0xff) return classifyV4(b, 12); // ::ffff:a.b.c.d
    if (first10Zero && b[10] == 0 && b[11] == 0) {
      boolean rest = b[12] == 0 && b[13] == 0 && b[14] == 0;
      if (rest && b[15] == 0) return Kind.FORBIDDEN; // ::
      if (rest && b[15] == 1) return Kind.LOOPBACK; // ::1
      return worst(classifyV4(b, 12)); // deprecated IPv4-compatible ::a.b.c.d
    }
    int s0 = ((b[0] & 0xff) << 8) | (b[1] & 0xff);
    int s1 = ((b[2] & 0xff) << 8) | (b[3] & 0xff);
    if ((s0 & 0xff00) == 0xff00) return Kind.FORBIDDEN; // multicast ff00::/8
    if ((s0 & 0xffc0) == 0xfe80) return Kind.FORBIDDEN; // link-local fe80::/10
    if ((s0 & 0xffc0) == 0xfec0) return Kind.FORBIDDEN; // old site-local fec0::/10
    if ((s0 & 0xfe00) == 0xfc00) return Kind.PRIVATE; // unique-local fc00::/7
    if (s0 == 0x2001 && s1 == 0x0db8) return Kind.FORBIDDEN; // documentation 2001:db8::/32
    if (s0 == 0x3fff && (s1 & 0xf000) == 0) return Kind.FORBIDDEN; // documentation 3fff::/20
    if (s0 == 0x0064 && s1 == 0xff9b) {
      // NAT64 64:ff9b::/96 and local-use 64:ff9b:1::/48 translate to the embedded IPv4 address
      return worst(classifyV4(b, 12));
    }
    if (s0 == 0x2002) return worst(classifyV4(b, 2)); // 6to4 carries an IPv4 address in bits 16-47
    return Kind.PUBLIC;
  }

  /** A tunnelled or translated address is never trusted as loopback or private, even in debug mode. */
  private static Kind worst(Kind embedded) {
    return embedded == Kind.PUBLIC ? Kind.PUBLIC : Kind.FORBIDDEN;
  }
}
