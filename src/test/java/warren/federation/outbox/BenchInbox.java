package warren.federation.outbox;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.LongAdder;

/**
 * For the benchmark: a site that answers every POST 200 at once and only counts them. Plain
 * sockets on virtual threads, so that the stand-ins for remote machines take as little of the
 * shared CPU as they can (the JDK's HttpServer costs several times more per request).
 */
final class BenchInbox implements AutoCloseable {
  private static final byte[] OK = "HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n".getBytes(StandardCharsets.US_ASCII);

  private final ServerSocket server;
  private final LongAdder answered = new LongAdder();

  BenchInbox() {
    try {
      server = new ServerSocket(0, 200, InetAddress.getLoopbackAddress());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Thread.ofVirtual().start(() -> {
      while (!server.isClosed()) {
        try {
          Socket s = server.accept();
          Thread.ofVirtual().start(() -> serve(s));
        } catch (IOException e) {
          return;
        }
      }
    });
  }

  private void serve(Socket s) {
    try (s) {
      InputStream in = new BufferedInputStream(s.getInputStream(), 16 * 1024);
      OutputStream out = s.getOutputStream();
      StringBuilder line = new StringBuilder();
      while (true) {
        long length = 0;
        boolean inHead = true;
        while (inHead) {
          line.setLength(0);
          int b;
          while ((b = in.read()) != '\n') {
            if (b < 0) return;
            if (b != '\r') line.append((char) b);
          }
          if (line.isEmpty()) inHead = false;
          else if (line.length() > 16 && line.substring(0, 15).equalsIgnoreCase("content-length:")) {
            length = Long.parseLong(line.substring(15).trim());
          }
        }
        in.skipNBytes(length);
        answered.increment();
        out.write(OK);
        out.flush();
      }
    } catch (IOException e) {
      // the sender closed the connection
    }
  }

  String inbox() {
    return "http://127.0.0.1:" + server.getLocalPort() + "/inbox";
  }

  long answered() {
    return answered.sum();
  }

  @Override
  public void close() {
    try {
      server.close();
    } catch (IOException ignored) {
      // nothing to do
    }
  }
}
