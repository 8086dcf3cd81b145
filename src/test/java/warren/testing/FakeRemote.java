package warren.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.Predicate;
import warren.federation.httpsig.HttpSignatures;
import warren.federation.httpsig.SigningKey;
import warren.federation.protocol.ActorPublicKey;
import warren.federation.protocol.ApJson;
import warren.federation.protocol.Endpoints;
import warren.federation.protocol.GroupActor;
import warren.federation.protocol.ObjectRef;
import warren.federation.protocol.PersonActor;
import warren.support.crypto.RsaKeys;
import warren.support.web.FakeWebSite;

/**
 * Another fediverse server, for federation tests: the JDK's HTTP server on 127.0.0.1, named
 * {@code localhost:<port>} (a host name, not an IP literal, as Lemmy requires of peers). It serves
 * actors as Lemmy does, with key pairs of their own, answers WebFinger for them, serves whatever
 * documents a test puts up, and records every request, inbox POSTs with their signature headers
 * included. Its actors can sign requests to a Warren, as a remote Lemmy would.
 */
public final class FakeRemote implements AutoCloseable {
  /** A request as the remote saw it; header names in lower case. */
  public record Received(String method, String path, Map<String, List<String>> headers, byte[] body) {
    public String header(String name) {
      List<String> values = headers.get(name);
      return values == null || values.isEmpty() ? null : values.getFirst();
    }

    public String bodyText() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }

  /** A document to answer a GET with. */
  private record Document(int status, String contentType, byte[] body, String location) {}

  private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private final HttpServer server;
  private final String host;
  private final Map<String, Document> documents = new ConcurrentHashMap<>();
  private final Map<String, RemoteActor> actors = new ConcurrentHashMap<>();
  private final List<Received> requests = new CopyOnWriteArrayList<>();
  private volatile int inboxStatus = 202;

  private FakeRemote(HttpServer server, String host) {
    this.server = server;
    this.host = host;
  }

  public static FakeRemote start() {
    return start(InetAddress.getLoopbackAddress(), "localhost");
  }

  /**
   * A remote on {@code loopback} (any of 127/8), named by that address, {@code 127.0.0.x:<port>}:
   * for rigs of many sites, each with a domain and an address of its own (federation debug mode
   * takes IP literals as domains).
   */
  public static FakeRemote startOn(String loopback) {
    try {
      return start(InetAddress.getByName(loopback), loopback);
    } catch (java.net.UnknownHostException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static FakeRemote start(InetAddress address, String host) {
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress(address, 0), 0);
      FakeRemote remote = new FakeRemote(server, host);
      server.createContext("/", remote::dispatch);
      server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
      server.start();
      return remote;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code localhost:<port>} (or the address it was started on): the host of every id here. */
  public String hostname() {
    return host + ":" + server.getAddress().getPort();
  }

  public String origin() {
    return "http://" + hostname();
  }

  public String url(String path) {
    return origin() + path;
  }

  /** A person at {@code /u/<name>}, served as Lemmy serves one. */
  public RemoteActor person(String name) {
    return actor(name, "/u/", "Person");
  }

  /** A community at {@code /c/<name>}. */
  public RemoteActor group(String name) {
    return actor(name, "/c/", "Group");
  }

  private RemoteActor actor(String name, String prefix, String type) {
    String id = url(prefix + name);
    RemoteActor actor = new RemoteActor(this, id, name, type, RsaKeys.generate());
    actors.put(prefix + name, actor);
    serve(prefix + name, actor.document());
    return actor;
  }

  /** Serves {@code document} (a protocol record or JSON tree) at {@code path} as ActivityPub JSON. */
  public FakeRemote serve(String path, Object document) {
    byte[] body = document instanceof byte[] b ? b : ApJson.MAPPER.writeValueAsBytes(
        document instanceof tools.jackson.databind.JsonNode ? document : ApJson.document(document));
    return serve(path, 200, ApJson.CONTENT_TYPE, body);
  }

  public FakeRemote serve(String path, int status, String contentType, byte[] body) {
    documents.put(path, new Document(status, contentType, body, null));
    return this;
  }

  /** Answers GETs of {@code path} with a redirect to {@code location}. */
  public FakeRemote redirect(String path, int status, String location) {
    documents.put(path, new Document(status, null, new byte[0], location));
    return this;
  }

  /** What inbox POSTs get: 202 by default, as Mastodon answers. */
  public FakeRemote inboxStatus(int status) {
    this.inboxStatus = status;
    return this;
  }

  public List<Received> requests() {
    return List.copyOf(requests);
  }

  /** The POSTs to any inbox ({@code /inbox}, {@code /u/x/inbox}, {@code /c/x/inbox}). */
  public List<Received> inbox() {
    return requests.stream().filter(r -> r.method().equals("POST") && r.path().endsWith("/inbox")).toList();
  }

  /** Waits up to {@code timeout} for an inbox POST that {@code matches}. */
  public Received awaitInbox(Predicate<Received> matches, Duration timeout) throws InterruptedException {
    long end = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < end) {
      for (Received r : inbox()) {
        if (matches.test(r)) return r;
      }
      Thread.sleep(20);
    }
    throw new AssertionError("no matching inbox POST within " + timeout + "; got " + inbox().size());
  }

  private void dispatch(HttpExchange ex) throws IOException {
    try (ex) {
      byte[] body = ex.getRequestBody().readAllBytes();
      Map<String, List<String>> headers = new LinkedHashMap<>();
      ex.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(java.util.Locale.ROOT), List.copyOf(v)));
      String path = ex.getRequestURI().getRawPath();
      requests.add(new Received(ex.getRequestMethod(), ex.getRequestURI().toString(), headers, body));
      if (ex.getRequestMethod().equals("POST") && path.endsWith("/inbox")) {
        FakeWebSite.send(ex, inboxStatus, null, new byte[0]);
      } else if (path.equals("/.well-known/webfinger")) {
        webfinger(ex);
      } else {
        Document d = documents.get(path);
        if (d == null) FakeWebSite.send(ex, 404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8));
        else {
          if (d.location() != null) ex.getResponseHeaders().add("Location", d.location());
          FakeWebSite.send(ex, d.status(), d.contentType(), d.body());
        }
      }
    } catch (IOException e) {
      // the client went away; nothing to answer
    }
  }

  private void webfinger(HttpExchange ex) throws IOException {
    String query = ex.getRequestURI().getQuery() == null ? "" : ex.getRequestURI().getQuery();
    String resource = query.startsWith("resource=") ? query.substring(9) : "";
    RemoteActor found = null;
    for (RemoteActor a : actors.values()) {
      if (resource.equalsIgnoreCase("acct:" + a.name() + "@" + hostname())) found = a;
    }
    if (found == null) {
      FakeWebSite.send(ex, 404, null, new byte[0]);
      return;
    }
    var jrd = ApJson.MAPPER.createObjectNode().put("subject", resource);
    jrd.putArray("links").addObject().put("rel", "self").put("type", ApJson.CONTENT_TYPE).put("href", found.id());
    FakeWebSite.send(ex, 200, "application/jrd+json", ApJson.write(jrd));
  }

  @Override
  public void close() {
    server.stop(0);
  }

  /** An actor of the remote, with its own key pair. */
  public record RemoteActor(FakeRemote remote, String id, String name, String type, RsaKeys.PemPair keys) {
    public String keyId() {
      return ActorPublicKey.mainKeyId(id);
    }

    public SigningKey signingKey() {
      return SigningKey.of(id, keys.privatePem());
    }

    public String inbox() {
      return id + "/inbox";
    }

    /** The actor's document, in Lemmy's shape. */
    public Object document() {
      var key = ActorPublicKey.mainKey(id, keys.publicPem());
      var endpoints = new Endpoints(remote.url("/inbox"));
      if (type.equals("Group")) {
        return new GroupActor("Group", id, name, inbox(), id + "/followers", key, name, null, null, null, null, false,
            ObjectRef.of(id + "/moderators"), false, id + "/outbox", endpoints, id + "/featured", List.of(),
            Instant.parse("2024-01-01T00:00:00Z"), null);
      }
      return new PersonActor(type, id, name, inbox(), id + "/outbox", key, null, null, null, null, null, null,
          endpoints, Instant.parse("2024-01-01T00:00:00Z"), null, null);
    }

    /** POSTs {@code body} to {@code url}, signed by this actor as Lemmy signs deliveries. */
    public HttpResponse<String> signedPost(String url, byte[] body) throws IOException, InterruptedException {
      URI uri = URI.create(url);
      Map<String, String> headers = HttpSignatures.signPost(uri, HttpSignatures.hostHeader(uri), body, signingKey(),
          Instant.now());
      var request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
          .POST(HttpRequest.BodyPublishers.ofByteArray(body));
      headers.forEach((k, v) -> {
        if (!k.equals("host")) request.header(k, v); // HttpClient sends the Host it was signed with
      });
      return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** GETs {@code url} signed by this actor, asking for ActivityPub JSON. */
    public HttpResponse<String> signedGet(String url) throws IOException, InterruptedException {
      URI uri = URI.create(url);
      Map<String, String> headers = HttpSignatures.signGet(uri, HttpSignatures.hostHeader(uri), ApJson.CONTENT_TYPE,
          signingKey(), Instant.now());
      var request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET();
      headers.forEach((k, v) -> {
        if (!k.equals("host")) request.header(k, v);
      });
      return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
  }
}
