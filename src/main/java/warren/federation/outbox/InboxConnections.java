package warren.federation.outbox;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;
import warren.support.web.AddressGuard;

/**
 * A small HTTP/1.1 client for inbox POSTs, with kept-alive connections per origin. Why not
 * {@code java.net.http}: a new connection goes to one of exactly the addresses
 * {@link AddressGuard} checked (no second DNS lookup an attacker could answer differently), and
 * blocking sockets on virtual threads cost a fraction of the JDK client's CPU per request, which
 * counts when a post goes to a thousand sites (bench/README.md). Each exchange has one deadline;
 * a response body is read up to a small limit and the connection dropped if there is more.
 */
final class InboxConnections implements AutoCloseable {
  /** What a site answered: the status and the start of the body, for the log. */
  record Answer(int status, String bodyStart) {}

  private static final int MAX_HEAD_BYTES = 32 * 1024;
  private static final int MAX_BODY_KEPT = 300;
  private static final int MAX_BODY_READ = 64 * 1024;
  private static final int MAX_IDLE_PER_ORIGIN = 16;
  private static final int MAX_IDLE = 1024;
  private static final long IDLE_NANOS = 30_000_000_000L;

  private final AddressGuard guard;
  private final SSLSocketFactory tls;
  private final ConcurrentHashMap<String, ConcurrentLinkedDeque<Connection>> idle = new ConcurrentHashMap<>();
  private final AtomicInteger idleCount = new AtomicInteger();

  InboxConnections(AddressGuard guard, SSLSocketFactory tls) {
    this.guard = guard;
    this.tls = tls;
  }

  /**
   * POSTs {@code body} with {@code headers} (which must hold {@code Host} as the target has it).
   * A kept-alive connection that turns out to be closed is replaced by a new one once.
   */
  Answer post(URI target, String origin, Map<String, String> headers, byte[] body, long timeoutNanos)
      throws IOException {
    long deadline = System.nanoTime() + timeoutNanos;
    byte[] head = requestHead(target, headers, body.length);
    Connection reused = takeIdle(origin);
    if (reused != null) {
      try {
        return exchange(reused, origin, head, body, deadline);
      } catch (StaleConnection e) {
        reused.close();
      }
    }
    try {
      return exchange(open(target, deadline), origin, head, body, deadline);
    } catch (StaleConnection e) {
      throw new EOFException("connection closed without an answer");
    }
  }

  private Answer exchange(Connection c, String origin, byte[] head, byte[] body, long deadline) throws IOException {
    boolean keep = false;
    try {
      c.deadline = deadline;
      try {
        c.out.write(head);
        c.out.write(body);
        c.out.flush();
      } catch (IOException e) {
        throw new StaleConnection();
      }
      Response r = readResponse(c);
      keep = r.reusable;
      return new Answer(r.status, r.bodyStart);
    } finally {
      if (keep) giveBack(origin, c);
      else c.close();
    }
  }

  private static byte[] requestHead(URI target, Map<String, String> headers, int length) {
    String path = target.getRawPath() == null || target.getRawPath().isEmpty() ? "/" : target.getRawPath();
    if (target.getRawQuery() != null) path += "?" + target.getRawQuery();
    StringBuilder h = new StringBuilder(1024).append("POST ").append(path).append(" HTTP/1.1\r\n");
    for (var e : headers.entrySet()) {
      if (e.getValue().indexOf('\r') >= 0 || e.getValue().indexOf('\n') >= 0) {
        throw new IllegalArgumentException("line break in header " + e.getKey());
      }
      h.append(e.getKey()).append(": ").append(e.getValue()).append("\r\n");
    }
    h.append("Content-Length: ").append(length).append("\r\n\r\n");
    return h.toString().getBytes(StandardCharsets.UTF_8);
  }

  private record Response(int status, String bodyStart, boolean reusable) {}

  private static Response readResponse(Connection c) throws IOException {
    while (true) {
      String status = readLine(c, true);
      String[] parts = status.split(" ", 3);
      if (parts.length < 2 || !parts[0].startsWith("HTTP/1.")) throw new IOException("not an HTTP answer");
      int code;
      try {
        code = Integer.parseInt(parts[1]);
      } catch (NumberFormatException e) {
        throw new IOException("bad status line");
      }
      long length = -1;
      boolean chunked = false;
      boolean close = parts[0].equals("HTTP/1.0");
      for (String line = readLine(c, false); !line.isEmpty(); line = readLine(c, false)) {
        int colon = line.indexOf(':');
        if (colon <= 0) continue;
        String name = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
        String value = line.substring(colon + 1).trim().toLowerCase(Locale.ROOT);
        switch (name) {
          case "content-length" -> length = parseLength(value);
          case "transfer-encoding" -> chunked = value.contains("chunked");
          case "connection" -> close = value.contains("close") || (close && !value.contains("keep-alive"));
          default -> { }
        }
      }
      if (code >= 100 && code < 200) continue; // an interim answer; the real one follows
      if (code == 204 || code == 304) return new Response(code, "", !close);
      Body body = chunked ? readChunked(c) : length >= 0 ? readFixed(c, length) : readToEnd(c);
      return new Response(code, body.start, !close && body.complete && (chunked || length >= 0));
    }
  }

  private record Body(String start, boolean complete) {}

  private static Body readFixed(Connection c, long length) throws IOException {
    if (length > MAX_BODY_READ) return new Body(new String(readUpTo(c, MAX_BODY_KEPT), StandardCharsets.UTF_8), false);
    byte[] all = readUpTo(c, (int) length);
    if (all.length < length) throw new EOFException("body cut short");
    return new Body(new String(all, 0, Math.min(all.length, MAX_BODY_KEPT), StandardCharsets.UTF_8), true);
  }

  private static Body readChunked(Connection c) throws IOException {
    StringBuilder kept = new StringBuilder();
    long total = 0;
    while (true) {
      String sizeLine = readLine(c, false);
      int semi = sizeLine.indexOf(';');
      long size = parseChunkSize(semi >= 0 ? sizeLine.substring(0, semi) : sizeLine);
      if (size == 0) {
        while (!readLine(c, false).isEmpty()) { } // trailers
        return new Body(kept.toString(), true);
      }
      total += size;
      if (total > MAX_BODY_READ) return new Body(kept.toString(), false);
      byte[] chunk = readUpTo(c, (int) size);
      if (chunk.length < size) throw new EOFException("chunk cut short");
      if (kept.length() < MAX_BODY_KEPT) {
        kept.append(new String(chunk, 0, Math.min(chunk.length, MAX_BODY_KEPT - kept.length()), StandardCharsets.UTF_8));
      }
      readLine(c, false);
    }
  }

  private static Body readToEnd(Connection c) throws IOException {
    byte[] start = readUpTo(c, MAX_BODY_KEPT);
    return new Body(new String(start, StandardCharsets.UTF_8), false);
  }

  private static long parseLength(String value) throws IOException {
    try {
      long n = Long.parseLong(value);
      if (n < 0) throw new NumberFormatException();
      return n;
    } catch (NumberFormatException e) {
      throw new IOException("bad Content-Length");
    }
  }

  private static long parseChunkSize(String hex) throws IOException {
    try {
      long n = Long.parseLong(hex.trim(), 16);
      if (n < 0) throw new NumberFormatException();
      return n;
    } catch (NumberFormatException e) {
      throw new IOException("bad chunk size");
    }
  }

  /** Reads a CRLF- (or LF-) ended line. The first line of a reused connection tells a stale one apart. */
  private static String readLine(Connection c, boolean first) throws IOException {
    StringBuilder line = new StringBuilder(64);
    while (true) {
      int b;
      try {
        b = c.read();
      } catch (IOException e) {
        if (first && line.isEmpty() && !(e instanceof SocketTimeoutException)) throw new StaleConnection();
        throw e;
      }
      if (b < 0) {
        if (first && line.isEmpty()) throw new StaleConnection();
        throw new EOFException("answer cut short");
      }
      if (b == '\n') break;
      if (b != '\r') line.append((char) b);
      if (line.length() > MAX_HEAD_BYTES) throw new IOException("header line too long");
    }
    return line.toString();
  }

  private static byte[] readUpTo(Connection c, int n) throws IOException {
    byte[] buf = new byte[n];
    int off = 0;
    while (off < n) {
      int r = c.read(buf, off, n - off);
      if (r < 0) break;
      off += r;
    }
    return off == n ? buf : java.util.Arrays.copyOf(buf, off);
  }

  private Connection open(URI target, long deadline) throws IOException {
    String host = target.getHost();
    boolean https = "https".equalsIgnoreCase(target.getScheme());
    int port = target.getPort() == -1 ? (https ? 443 : 80) : target.getPort();
    List<InetAddress> addresses = guard.resolve(host); // throws for addresses Warren must not reach
    IOException last = new IOException("no address for " + host);
    for (InetAddress address : addresses) {
      Socket s = new Socket(Proxy.NO_PROXY);
      try {
        s.connect(new InetSocketAddress(address, port), millisLeft(deadline));
        s.setTcpNoDelay(true);
        if (https) s = startTls(s, host, port, deadline);
        return new Connection(s);
      } catch (IOException e) {
        s.close();
        last = e;
      }
    }
    throw last;
  }

  private Socket startTls(Socket plain, String host, int port, long deadline) throws IOException {
    String name = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
    SSLSocket ssl = (SSLSocket) tls.createSocket(plain, name, port, true);
    SSLParameters params = ssl.getSSLParameters();
    params.setEndpointIdentificationAlgorithm("HTTPS");
    if (!name.contains(":") && !name.matches("[0-9.]+")) params.setServerNames(List.of(new SNIHostName(name)));
    ssl.setSSLParameters(params);
    ssl.setSoTimeout(millisLeft(deadline));
    ssl.startHandshake();
    return ssl;
  }

  private Connection takeIdle(String origin) {
    var deque = idle.get(origin);
    if (deque == null) return null;
    for (Connection c = deque.pollFirst(); c != null; c = deque.pollFirst()) {
      idleCount.decrementAndGet();
      if (System.nanoTime() - c.idleSince < IDLE_NANOS) return c;
      c.close();
    }
    return null;
  }

  private void giveBack(String origin, Connection c) {
    var deque = idle.computeIfAbsent(origin, o -> new ConcurrentLinkedDeque<>());
    if (deque.size() >= MAX_IDLE_PER_ORIGIN || idleCount.get() >= MAX_IDLE) {
      c.close();
      return;
    }
    c.idleSince = System.nanoTime();
    idleCount.incrementAndGet();
    deque.addFirst(c);
  }

  private static int millisLeft(long deadline) throws SocketTimeoutException {
    long left = (deadline - System.nanoTime()) / 1_000_000;
    if (left <= 0) throw new SocketTimeoutException("timed out");
    return (int) Math.min(Integer.MAX_VALUE, left);
  }

  @Override
  public void close() {
    idle.values().forEach(d -> d.forEach(Connection::close));
    idle.clear();
  }

  /** The connection failed before any answer: it was closed while idle, so a new one may try again. */
  private static final class StaleConnection extends IOException {
    StaleConnection() {
      super("stale connection");
    }
  }

  private static final class Connection {
    final Socket socket;
    final InputStream in;
    final OutputStream out;
    long deadline;
    long idleSince;

    Connection(Socket socket) throws IOException {
      this.socket = socket;
      InputStream raw = socket.getInputStream();
      // Each time the buffer refills, the socket waits at most until the exchange's deadline.
      this.in = new BufferedInputStream(new InputStream() {
        @Override
        public int read() throws IOException {
          socket.setSoTimeout(millisLeft(deadline));
          return raw.read();
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
          socket.setSoTimeout(millisLeft(deadline));
          return raw.read(b, off, len);
        }
      }, 8192);
      this.out = new BufferedOutputStream(socket.getOutputStream(), 8192);
    }

    int read() throws IOException {
      return in.read();
    }

    int read(byte[] b, int off, int len) throws IOException {
      return in.read(b, off, len);
    }

    void close() {
      try {
        socket.close();
      } catch (IOException ignored) {
        // nothing left to do with it
      }
    }
  }
}
