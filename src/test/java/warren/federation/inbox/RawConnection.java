package warren.federation.inbox;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One kept-alive HTTP/1.1 connection to Warren from a chosen local address, writing requests made
 * beforehand and reading each answer whole. Not the JDK's HttpClient: it costs several times the
 * CPU per request (bench/README.md, outbox), and the client shares the two cores with the Warren
 * under test.
 */
final class RawConnection implements AutoCloseable {
  record Answer(int status, String body) {}

  private final InetAddress local;
  private final InetSocketAddress server;
  private Socket socket;
  private InputStream in;
  private OutputStream out;

  RawConnection(String localAddress, InetSocketAddress server) throws IOException {
    this.local = InetAddress.getByName(localAddress);
    this.server = server;
  }

  Answer send(byte[] request) throws IOException {
    if (socket == null) open();
    out.write(request);
    out.flush();
    return read();
  }

  private void open() throws IOException {
    socket = new Socket();
    socket.bind(new InetSocketAddress(local, 0));
    socket.connect(server, 10_000);
    socket.setTcpNoDelay(true);
    socket.setSoTimeout(60_000);
    in = new BufferedInputStream(socket.getInputStream(), 8192);
    out = socket.getOutputStream();
  }

  private Answer read() throws IOException {
    String status = line();
    if (!status.startsWith("HTTP/1.")) throw new IOException("not an HTTP answer: " + status);
    int code = Integer.parseInt(status.substring(9, 12));
    long length = -1;
    boolean chunked = false;
    boolean close = status.startsWith("HTTP/1.0");
    for (String h = line(); !h.isEmpty(); h = line()) {
      int colon = h.indexOf(':');
      String name = h.substring(0, colon).strip().toLowerCase(Locale.ROOT);
      String value = h.substring(colon + 1).strip().toLowerCase(Locale.ROOT);
      switch (name) {
        case "content-length" -> length = Long.parseLong(value);
        case "transfer-encoding" -> chunked = value.contains("chunked");
        case "connection" -> close = value.contains("close");
        default -> { }
      }
    }
    String body = chunked ? chunkedBody() : new String(in.readNBytes((int) Math.max(0, length)), StandardCharsets.UTF_8);
    if (close || (!chunked && length < 0)) close();
    return new Answer(code, body);
  }

  private String chunkedBody() throws IOException {
    StringBuilder body = new StringBuilder();
    for (int size = Integer.parseInt(line().split(";")[0].strip(), 16); size > 0;
        size = Integer.parseInt(line().split(";")[0].strip(), 16)) {
      body.append(new String(in.readNBytes(size), StandardCharsets.UTF_8));
      line();
    }
    for (String trailer = line(); !trailer.isEmpty(); trailer = line()) {
      // no trailers expected; skipped
    }
    return body.toString();
  }

  private String line() throws IOException {
    StringBuilder s = new StringBuilder(64);
    for (int c = in.read(); c != '\n'; c = in.read()) {
      if (c < 0) throw new EOFException("connection closed");
      if (c != '\r') s.append((char) c);
    }
    return s.toString();
  }

  @Override
  public void close() {
    if (socket == null) return;
    try {
      socket.close();
    } catch (IOException e) {
      // closing anyway
    }
    socket = null;
  }
}
