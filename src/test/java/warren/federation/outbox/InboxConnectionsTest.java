package warren.federation.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLSocketFactory;
import org.junit.jupiter.api.Test;
import warren.domain.DomainException;
import warren.domain.ErrorType;
import warren.support.web.AddressGuard;

/** The inbox client against a server that answers exactly what each test scripts, byte for byte. */
class InboxConnectionsTest {
  private static final long TIMEOUT = 2_000_000_000L;
  private static final byte[] BODY = "{\"id\":\"x\"}".getBytes(StandardCharsets.UTF_8);

  /** Answers each request with the next scripted reply; "CLOSE" closes the connection instead of reading on. */
  private static final class ScriptedServer implements AutoCloseable {
    final ServerSocket server;
    final ConcurrentLinkedQueue<String> replies = new ConcurrentLinkedQueue<>();
    final AtomicInteger connections = new AtomicInteger();
    final List<String> heads = new CopyOnWriteArrayList<>();

    ScriptedServer(String... script) throws IOException {
      server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
      replies.addAll(List.of(script));
      Thread.ofVirtual().start(() -> {
        while (!server.isClosed()) {
          try {
            Socket s = server.accept();
            connections.incrementAndGet();
            Thread.ofVirtual().start(() -> serve(s));
          } catch (IOException e) {
            return;
          }
        }
      });
    }

    private void serve(Socket s) {
      try (s) {
        InputStream in = new BufferedInputStream(s.getInputStream());
        while (true) {
          String head = readHead(in);
          if (head == null) return;
          heads.add(head);
          int length = Integer.parseInt(head.replaceAll("(?s).*Content-Length: (\\d+).*", "$1"));
          in.readNBytes(length);
          String reply = replies.poll();
          if (reply == null || reply.equals("HANG")) {
            Thread.sleep(10_000);
            return;
          }
          boolean close = reply.endsWith("CLOSE");
          s.getOutputStream().write(reply.replace("CLOSE", "").getBytes(StandardCharsets.UTF_8));
          s.getOutputStream().flush();
          if (close) return;
        }
      } catch (IOException | InterruptedException e) {
        // the client went away
      }
    }

    private static String readHead(InputStream in) throws IOException {
      StringBuilder sb = new StringBuilder();
      int b;
      while ((b = in.read()) >= 0) {
        sb.append((char) b);
        if (sb.length() >= 4 && sb.substring(sb.length() - 4).equals("\r\n\r\n")) return sb.toString();
      }
      return null;
    }

    URI inbox() {
      return URI.create("http://127.0.0.1:" + server.getLocalPort() + "/inbox?x=1");
    }

    String origin() {
      return "http://127.0.0.1:" + server.getLocalPort();
    }

    @Override
    public void close() throws IOException {
      server.close();
    }
  }

  private static InboxConnections client(boolean debug) {
    return new InboxConnections(new AddressGuard(debug), (SSLSocketFactory) SSLSocketFactory.getDefault());
  }

  private static InboxConnections.Answer post(InboxConnections c, ScriptedServer s) throws IOException {
    return c.post(s.inbox(), s.origin(), Map.of("Host", "127.0.0.1:" + s.server.getLocalPort()), BODY, TIMEOUT);
  }

  @Test
  void keepsConnectionsAliveAcrossLengthAndChunkedBodies() throws IOException {
    try (var server = new ScriptedServer(
            "HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n",
            "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 400 Bad Request\r\nContent-Length: 44\r\n\r\n{\"error\":\"unknown\",\"message\":\"duplicate id\"}",
            "HTTP/1.1 202 Accepted\r\nTransfer-Encoding: chunked\r\n\r\n4\r\nok!!\r\n3;x=y\r\nabc\r\n0\r\n\r\n",
            "HTTP/1.1 204 No Content\r\n\r\n");
        var c = client(true)) {
      assertThat(post(c, server)).isEqualTo(new InboxConnections.Answer(200, ""));
      assertThat(post(c, server)).isEqualTo(new InboxConnections.Answer(400, "{\"error\":\"unknown\",\"message\":\"duplicate id\"}"));
      assertThat(post(c, server)).isEqualTo(new InboxConnections.Answer(202, "ok!!abc"));
      assertThat(post(c, server).status()).isEqualTo(204);
      assertThat(server.connections.get()).as("one kept-alive connection").isEqualTo(1);
      assertThat(server.heads.getFirst()).startsWith("POST /inbox?x=1 HTTP/1.1\r\nHost: 127.0.0.1:")
          .contains("Content-Length: " + BODY.length + "\r\n");
    }
  }

  @Test
  void aConnectionTheServerClosedWhileIdleIsReplacedAndConnectionCloseIsHonoured() throws IOException {
    try (var server = new ScriptedServer(
            "HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\nCLOSE",
            "HTTP/1.1 200 OK\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
            "HTTP/1.1 201 Created\r\nContent-Length: 2\r\n\r\nok");
        var c = client(true)) {
      assertThat(post(c, server).status()).isEqualTo(200);
      assertThat(post(c, server).status()).as("sent again on a new connection").isEqualTo(200);
      assertThat(post(c, server).status()).isEqualTo(201);
      assertThat(server.connections.get()).isEqualTo(3);
      assertThat(server.heads).hasSize(3);
    }
  }

  @Test
  void oneDeadlineForTheWholeExchange() throws IOException {
    try (var server = new ScriptedServer("HANG"); var c = client(true)) {
      long t0 = System.nanoTime();
      assertThatThrownBy(() -> c.post(server.inbox(), server.origin(), Map.of("Host", "x"), BODY, 300_000_000L))
          .isInstanceOf(SocketTimeoutException.class);
      assertThat((System.nanoTime() - t0) / 1_000_000).isBetween(250L, 2_000L);
    }
  }

  @Test
  void loopbackIsRefusedOutsideDebugMode() throws IOException {
    try (var server = new ScriptedServer("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n"); var c = client(false)) {
      assertThatThrownBy(() -> post(c, server)).isInstanceOfSatisfying(DomainException.class,
          e -> assertThat(e.type()).isEqualTo(ErrorType.INVALID_URL));
      assertThat(server.connections.get()).isZero();
    }
  }
}
