package warren.support.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/** A remote web site for link-preview tests: the JDK's HTTP server on 127.0.0.1, one handler per path. */
public final class FakeWebSite implements AutoCloseable {
  /** A request as the site saw it. */
  public record Seen(String path, String host, String userAgent) {}

  private final HttpServer server;
  private final Map<String, HttpHandler> handlers = new ConcurrentHashMap<>();
  private final List<Seen> seen = new CopyOnWriteArrayList<>();

  private FakeWebSite(HttpServer server) {
    this.server = server;
  }

  public static FakeWebSite start() {
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      FakeWebSite site = new FakeWebSite(server);
      server.createContext("/", site::dispatch);
      server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
      server.start();
      return site;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void dispatch(HttpExchange ex) throws IOException {
    String path = ex.getRequestURI().getRawPath();
    seen.add(new Seen(path, ex.getRequestHeaders().getFirst("Host"), ex.getRequestHeaders().getFirst("User-Agent")));
    HttpHandler h = handlers.get(path);
    try (ex) {
      if (h == null) {
        send(ex, 404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8));
      } else {
        h.handle(ex);
      }
    } catch (IOException e) {
      // the client hung up, as it does after reading enough of a long page
    }
  }

  public FakeWebSite handle(String path, HttpHandler handler) {
    handlers.put(path, handler);
    return this;
  }

  public FakeWebSite page(String path, String contentType, byte[] body) {
    return handle(path, ex -> send(ex, 200, contentType, body));
  }

  public FakeWebSite html(String path, String html) {
    return page(path, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
  }

  public FakeWebSite redirect(String path, int status, String location) {
    return handle(path, ex -> {
      ex.getResponseHeaders().add("Location", location);
      ex.sendResponseHeaders(status, -1);
    });
  }

  public static void send(HttpExchange ex, int status, String contentType, byte[] body) throws IOException {
    if (contentType != null) ex.getResponseHeaders().add("Content-Type", contentType);
    ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    if (body.length > 0) ex.getResponseBody().write(body);
  }

  public int port() {
    return server.getAddress().getPort();
  }

  public String url(String path) {
    return "http://127.0.0.1:" + port() + path;
  }

  public List<Seen> seen() {
    return List.copyOf(seen);
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
