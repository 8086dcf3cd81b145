package warren.support.web;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The little of HTTP/1.1 a GET needs: write the request, read the status line and headers, and
 * frame the body (chunked, Content-Length, or until close). Everything is bounded: header size,
 * chunk-size lines, and time, through {@link DeadlineInput}.
 */
final class Http11 {
  /** Response heads above this are refused; real ones are a few KiB. */
  static final int MAX_HEAD_BYTES = 64 * 1024;

  private Http11() {}

  /** Status and headers of a response; header names are lower-cased. */
  record Head(int status, Map<String, List<String>> headers) {
    Optional<String> first(String name) {
      List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
      return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.getFirst());
    }
  }

  static void writeGet(OutputStream out, URI uri, String hostHeader, String userAgent) throws IOException {
    writeGet(out, uri, hostHeader, userAgent, Map.of());
  }

  /**
   * Writes a GET with {@code extra} headers (lower-case names) after the usual ones; an
   * {@code accept} among them replaces the default, which asks for a web page.
   */
  static void writeGet(OutputStream out, URI uri, String hostHeader, String userAgent, Map<String, String> extra)
      throws IOException {
    String target = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    if (uri.getRawQuery() != null) target += "?" + uri.getRawQuery();
    StringBuilder request = new StringBuilder("GET ").append(target).append(" HTTP/1.1\r\n")
        .append("Host: ").append(hostHeader).append("\r\n")
        .append("User-Agent: ").append(userAgent).append("\r\n")
        .append("Accept: ").append(extra.getOrDefault("accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8"))
        .append("\r\n")
        .append("Accept-Encoding: gzip, deflate\r\n");
    for (var header : extra.entrySet()) {
      String name = header.getKey();
      if (name.equals("accept") || name.equals("host")) continue;
      String line = name + ": " + header.getValue();
      if (line.indexOf('\r') >= 0 || line.indexOf('\n') >= 0) throw new IllegalArgumentException("line break in " + name);
      request.append(line).append("\r\n");
    }
    request.append("Connection: close\r\n\r\n");
    out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
    out.flush();
  }

  /** Reads one final response head, skipping interim 1xx responses such as 103 Early Hints. */
  static Head readHead(InputStream in) throws IOException {
    int budget = MAX_HEAD_BYTES;
    while (true) {
      String statusLine = readLine(in, budget);
      budget -= statusLine.length() + 2;
      String[] parts = statusLine.split(" ", 3);
      if (parts.length < 2 || !parts[0].startsWith("HTTP/") || !parts[1].matches("\\d{3}")) {
        throw new IOException("not an HTTP response");
      }
      int status = Integer.parseInt(parts[1]);
      Map<String, List<String>> headers = new LinkedHashMap<>();
      String last = null;
      while (true) {
        String line = readLine(in, budget);
        budget -= line.length() + 2;
        if (line.isEmpty()) break;
        if ((line.charAt(0) == ' ' || line.charAt(0) == '\t') && last != null) {
          List<String> values = headers.get(last); // obsolete line folding: continue the last value
          values.set(values.size() - 1, values.getLast() + " " + line.strip());
          continue;
        }
        int colon = line.indexOf(':');
        if (colon <= 0) continue;
        last = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
        headers.computeIfAbsent(last, k -> new ArrayList<>()).add(line.substring(colon + 1).strip());
      }
      if (status >= 100 && status < 200 && status != 101) continue;
      return new Head(status, headers);
    }
  }

  /** The body of {@code head}, framed as the headers say. */
  static InputStream body(Head head, InputStream in) throws IOException {
    if (head.status() == 204 || head.status() == 304) return InputStream.nullInputStream();
    String te = head.first("transfer-encoding").orElse("").toLowerCase(Locale.ROOT);
    if (te.endsWith("chunked")) return new Chunked(in);
    Optional<String> length = head.first("content-length");
    if (length.isPresent() && length.get().matches("\\d{1,18}")) return new Limited(in, Long.parseLong(length.get()));
    return in;
  }

  private static String readLine(InputStream in, int budget) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream(64);
    while (true) {
      int b = in.read();
      if (b < 0) throw new EOFException("connection closed in the response head");
      if (b == '\n') break;
      if (line.size() >= budget) throw new IOException("response head too large");
      line.write(b);
    }
    byte[] bytes = line.toByteArray();
    int n = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
    return new String(bytes, 0, n, StandardCharsets.ISO_8859_1);
  }

  /**
   * Socket input that gives up when a deadline passes, however slowly the peer drips bytes: each
   * read may wait only for what is left of the total time.
   */
  static final class DeadlineInput extends InputStream {
    private final Socket socket;
    private final InputStream in;
    private final long deadlineNanos;

    DeadlineInput(Socket socket, long deadlineNanos) throws IOException {
      this.socket = socket;
      this.in = socket.getInputStream();
      this.deadlineNanos = deadlineNanos;
    }

    private void arm() throws IOException {
      long left = (deadlineNanos - System.nanoTime()) / 1_000_000;
      if (left <= 0) throw new SocketTimeoutException("timed out");
      socket.setSoTimeout((int) Math.min(Integer.MAX_VALUE, left));
    }

    @Override
    public int read() throws IOException {
      arm();
      return in.read();
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      arm();
      return in.read(b, off, len);
    }
  }

  /** At most {@code remaining} bytes, for a Content-Length body. */
  private static final class Limited extends InputStream {
    private final InputStream in;
    private long remaining;

    Limited(InputStream in, long length) {
      this.in = in;
      this.remaining = length;
    }

    @Override
    public int read() throws IOException {
      if (remaining <= 0) return -1;
      int b = in.read();
      if (b >= 0) remaining--;
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (remaining <= 0) return -1;
      int n = in.read(b, off, (int) Math.min(len, remaining));
      if (n > 0) remaining -= n;
      return n;
    }
  }

  /** Decodes {@code Transfer-Encoding: chunked}; trailers are read and dropped. */
  private static final class Chunked extends InputStream {
    private final InputStream in;
    private long left;
    private boolean done;

    Chunked(InputStream in) {
      this.in = in;
    }

    private boolean nextChunk() throws IOException {
      if (done) return false;
      if (left > 0) return true;
      String line = readLine(in, 1024);
      if (line.isEmpty()) line = readLine(in, 1024); // the CRLF that ends the previous chunk
      int semi = line.indexOf(';');
      String size = (semi >= 0 ? line.substring(0, semi) : line).strip();
      if (!size.matches("[0-9a-fA-F]{1,15}")) throw new IOException("bad chunk size");
      left = Long.parseLong(size, 16);
      if (left == 0) {
        while (!readLine(in, 8192).isEmpty()) {
          // trailer fields are not needed
        }
        done = true;
        return false;
      }
      return true;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (len == 0) return 0;
      if (!nextChunk()) return -1;
      int n = in.read(b, off, (int) Math.min(len, left));
      if (n < 0) throw new EOFException("connection closed inside a chunk");
      left -= n;
      return n;
    }
  }
}
