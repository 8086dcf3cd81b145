package warren.federation.outbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A site that is down in the worst way: it accepts connections and never answers, so every
 * request to it runs into the timeout.
 */
final class HangingSite implements AutoCloseable {
  private final ServerSocket server;
  private final List<Socket> held = new CopyOnWriteArrayList<>();

  HangingSite() {
    try {
      server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Thread.ofVirtual().name("hanging-site").start(() -> {
      while (!server.isClosed()) {
        try {
          held.add(server.accept());
        } catch (IOException e) {
          return;
        }
      }
    });
  }

  String inbox() {
    return "http://127.0.0.1:" + server.getLocalPort() + "/inbox";
  }

  String origin() {
    return "http://127.0.0.1:" + server.getLocalPort();
  }

  /** Connections opened to it so far. */
  int connections() {
    return held.size();
  }

  @Override
  public void close() throws IOException {
    server.close();
    for (Socket s : held) s.close();
  }
}
