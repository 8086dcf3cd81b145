package warren.federation.outbox;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A remote site's shared inbox: the JDK's HTTP server on 127.0.0.1. It checks each POST as Lemmy
 * would (digest, then the draft-cavage signature against the sender's public key), records it,
 * and answers what the test tells it to. It can go down and come back on the same port.
 */
final class FakeInbox implements AutoCloseable {
  /** One POST as the inbox saw it. */
  record Received(String activityId, String path, String host, String userAgent, boolean signatureValid,
      String signatureHeader, long atNanos, int answered) {}

  private static final Pattern ACTIVITY_ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");
  private static final Pattern SIGNATURE_PARAM = Pattern.compile("(\\w+)=\"([^\"]*)\"");

  private final int port;
  private final PublicKey senderKey;
  private final List<Received> received = Collections.synchronizedList(new ArrayList<>());
  private final AtomicInteger current = new AtomicInteger();
  private final AtomicInteger maxConcurrent = new AtomicInteger();
  private volatile Function<String, Integer> answer = id -> 200;
  private volatile Duration delay = Duration.ZERO;
  private HttpServer server;
  private ExecutorService executor;

  private FakeInbox(int port, PublicKey senderKey) {
    this.port = port;
    this.senderKey = senderKey;
  }

  /** An inbox that is up, on a free port. */
  static FakeInbox start(PublicKey senderKey) {
    FakeInbox inbox = new FakeInbox(freePort(), senderKey);
    inbox.up();
    return inbox;
  }

  /** An inbox whose port is reserved but nobody listens yet: connections are refused. */
  static FakeInbox down(PublicKey senderKey) {
    return new FakeInbox(freePort(), senderKey);
  }

  static int freePort() {
    try (var socket = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  synchronized FakeInbox up() {
    if (server != null) return this;
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    executor = Executors.newVirtualThreadPerTaskExecutor();
    server.setExecutor(executor);
    server.createContext("/", this::handle);
    server.start();
    return this;
  }

  synchronized FakeInbox goDown() {
    if (server != null) {
      server.stop(0);
      executor.shutdownNow();
      server = null;
    }
    return this;
  }

  /** The status to answer for an activity id. */
  FakeInbox answer(Function<String, Integer> answer) {
    this.answer = answer;
    return this;
  }

  FakeInbox delay(Duration delay) {
    this.delay = delay;
    return this;
  }

  String origin() {
    return "http://127.0.0.1:" + port;
  }

  String inbox() {
    return origin() + "/inbox";
  }

  int port() {
    return port;
  }

  List<Received> received() {
    synchronized (received) {
      return List.copyOf(received);
    }
  }

  /** How many POSTs carried this activity id. */
  long count(String activityId) {
    return received().stream().filter(r -> r.activityId().equals(activityId)).count();
  }

  /** Activity ids answered 2xx, in arrival order. */
  List<String> accepted() {
    return received().stream().filter(r -> r.answered() / 100 == 2).map(Received::activityId).toList();
  }

  int maxConcurrent() {
    return maxConcurrent.get();
  }

  /** Concurrency counts requests not answered yet: the answer is the moment the sender may go on. */
  private void handle(HttpExchange ex) throws IOException {
    int now = current.incrementAndGet();
    maxConcurrent.accumulateAndGet(now, Math::max);
    boolean counted = true;
    try (ex) {
      byte[] body = ex.getRequestBody().readAllBytes();
      String json = new String(body, StandardCharsets.UTF_8);
      Matcher m = ACTIVITY_ID.matcher(json);
      String id = m.find() ? m.group(1) : "";
      boolean valid = "POST".equals(ex.getRequestMethod()) && verify(ex, body);
      if (!delay.isZero()) Thread.sleep(delay);
      int status = answer.apply(id);
      var headers = ex.getRequestHeaders();
      received.add(new Received(id, ex.getRequestURI().getRawPath(), headers.getFirst("Host"),
          headers.getFirst("User-Agent"), valid, headers.getFirst("Signature"), System.nanoTime(), status));
      current.decrementAndGet();
      counted = false;
      ex.sendResponseHeaders(status, -1);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      if (counted) current.decrementAndGet();
    }
  }

  /** Digest first, then the signature over the listed headers, as Lemmy's inbox checks. */
  private boolean verify(HttpExchange ex, byte[] body) {
    try {
      var headers = ex.getRequestHeaders();
      String digest = "SHA-256=" + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(body));
      if (!digest.equals(headers.getFirst("Digest"))) return false;
      if (!"application/activity+json".equals(headers.getFirst("Content-Type"))) return false;
      var date = ZonedDateTime.parse(headers.getFirst("Date"), DateTimeFormatter.RFC_1123_DATE_TIME);
      if (Duration.between(date, ZonedDateTime.now()).abs().toMinutes() > 60) return false;
      Map<String, String> params = new HashMap<>();
      Matcher m = SIGNATURE_PARAM.matcher(headers.getFirst("Signature"));
      while (m.find()) params.put(m.group(1), m.group(2));
      StringBuilder signed = new StringBuilder();
      for (String name : params.get("headers").split(" ")) {
        if (!signed.isEmpty()) signed.append('\n');
        String value = name.equals("(request-target)")
            ? ex.getRequestMethod().toLowerCase() + " " + ex.getRequestURI().getRawPath()
            : headers.getFirst(name);
        if (value == null) return false;
        signed.append(name).append(": ").append(value);
      }
      Signature rsa = Signature.getInstance("SHA256withRSA");
      rsa.initVerify(senderKey);
      rsa.update(signed.toString().getBytes(StandardCharsets.UTF_8));
      return rsa.verify(Base64.getDecoder().decode(params.get("signature")));
    } catch (Exception e) {
      return false;
    }
  }

  @Override
  public void close() {
    goDown();
  }
}
