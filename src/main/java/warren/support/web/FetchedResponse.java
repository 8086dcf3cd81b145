package warren.support.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.URI;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;
import warren.domain.DomainException;
import warren.domain.ErrorType;

/**
 * A response of {@link SafeHttpClient}, after redirects, whose body has not been read yet: the
 * caller looks at the headers first and then reads only as much as it needs. Close it to drop the
 * connection, which also stops the peer from sending the rest.
 */
public final class FetchedResponse implements AutoCloseable {
  private final URI uri;
  private final Http11.Head head;
  private final Socket socket;
  private final InputStream raw;
  private InputStream body;

  FetchedResponse(URI uri, Http11.Head head, Socket socket, InputStream raw) {
    this.uri = uri;
    this.head = head;
    this.socket = socket;
    this.raw = raw;
  }

  /** The URL this response came from: the last one of a redirect chain. */
  public URI uri() {
    return uri;
  }

  public int status() {
    return head.status();
  }

  /** The first value of a header, by case-insensitive name. */
  public Optional<String> header(String name) {
    return head.first(name);
  }

  public Optional<String> contentType() {
    return header("content-type").filter(s -> !s.isBlank());
  }

  /**
   * Up to {@code maxBytes} of the decoded body. Reading stops at the limit, so no more than that
   * is ever held, however much the peer sends (a gzip bomb included). Fails with {@code unknown}
   * when the connection fails or the time runs out. A second call goes on where the first stopped.
   */
  public byte[] readBody(int maxBytes) {
    byte[] buf = new byte[Math.min(maxBytes, 16 * 1024)];
    int n = 0;
    try {
      InputStream in = decoded();
      while (n < maxBytes) {
        if (n == buf.length) buf = Arrays.copyOf(buf, (int) Math.min(maxBytes, buf.length * 2L));
        int r = in.read(buf, n, buf.length - n);
        if (r < 0) break;
        n += r;
      }
    } catch (IOException e) {
      throw SafeHttpClient.failure(uri, e);
    }
    return n == buf.length ? buf : Arrays.copyOf(buf, n);
  }

  private InputStream decoded() throws IOException {
    if (body != null) return body;
    InputStream framed = Http11.body(head, raw);
    String encoding = header("content-encoding").orElse("").strip().toLowerCase(Locale.ROOT);
    body = switch (encoding) {
      case "gzip", "x-gzip" -> new GZIPInputStream(framed);
      case "deflate" -> new InflaterInputStream(framed);
      case "", "identity" -> framed;
      default -> throw new DomainException(ErrorType.UNKNOWN, "unsupported content encoding " + encoding);
    };
    return body;
  }

  @Override
  public void close() {
    try {
      socket.close();
    } catch (IOException e) {
      // nothing left to do with a connection that will not close cleanly
    }
  }
}
