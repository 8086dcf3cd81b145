package warren.http;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.UnknownHostException;

/**
 * The client's address. Forwarding headers are believed only from a proxy on this machine, so a
 * client cannot pick its own address to dodge rate limits.
 */
public final class ClientIp {
  private ClientIp() {}

  public static InetAddress of(ServerRequest req) {
    InetAddress peer = peer(req.remotePeer().address());
    if (peer != null && peer.isLoopbackAddress()) {
      var forwarded = req.headers().first(HeaderNames.X_FORWARDED_FOR)
          .or(() -> req.headers().first(HeaderNames.create("X-Real-IP")));
      if (forwarded.isPresent()) {
        String first = forwarded.get().split(",")[0].trim();
        InetAddress parsed = parseLiteral(first);
        if (parsed != null) return parsed;
      }
    }
    return peer != null ? peer : InetAddress.getLoopbackAddress();
  }

  private static InetAddress peer(SocketAddress address) {
    return address instanceof InetSocketAddress inet ? inet.getAddress() : null;
  }

  /** Parses an IP literal without any DNS lookup; anything else gives null. */
  static InetAddress parseLiteral(String s) {
    String v = s.startsWith("[") && s.contains("]") ? s.substring(1, s.indexOf(']')) : s;
    // Only literals: InetAddress.getByName would resolve anything else through DNS, on a header
    // value the client chose.
    if (v.matches("\\d{1,3}(\\.\\d{1,3}){3}:\\d+")) v = v.substring(0, v.indexOf(':')); // ipv4:port
    boolean ipv4 = v.matches("\\d{1,3}(\\.\\d{1,3}){3}");
    boolean ipv6 = v.contains(":") && v.matches("[0-9a-fA-F:.]+");
    if (!ipv4 && !ipv6) return null;
    try {
      return InetAddress.getByName(v);
    } catch (UnknownHostException e) {
      return null;
    }
  }
}
