package warren.support.web;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;
import warren.domain.DomainException;
import warren.domain.ErrorType;

/**
 * GETs URLs that users hand the server (link previews), with the limits such a fetch needs: one
 * deadline for the whole exchange including redirects and DNS (10 s by default, as Lemmy's
 * {@code REQWEST_TIMEOUT}), at most 5 redirects, each hop checked again, http and https only,
 * and a body the caller reads only up to its own limit.
 *
 * <p>Why a plain socket and not {@code java.net.http.HttpClient}: the SSRF check must hold for
 * the address actually connected to. {@code HttpClient} resolves host names itself, so a name
 * could resolve to a public address for the check and to 127.0.0.1 for the connection (DNS
 * rebinding). Here the name is resolved once by {@link AddressGuard}, every address is checked,
 * and the socket connects to one of exactly those addresses; TLS still verifies the certificate
 * against the name and sends it as SNI. HTTP/1.1 with {@code Connection: close} is all a GET of
 * a web page needs (Lemmy's client is HTTP/1-only too). System proxy settings are not used.
 */
public final class SafeHttpClient {
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
  public static final int MAX_REDIRECTS = 5;

  /** Opens a TCP connection; replaceable in tests to reach a local fake under a public address. */
  @FunctionalInterface
  interface Connector {
    Socket connect(InetSocketAddress address, int timeoutMillis) throws IOException;
  }

  private final AddressGuard guard;
  private final String userAgent;
  private final Duration timeout;
  private final Connector connector;
  private final SSLSocketFactory tls;

  public SafeHttpClient(AddressGuard guard, String userAgent) {
    this(guard, userAgent, DEFAULT_TIMEOUT);
  }

  public SafeHttpClient(AddressGuard guard, String userAgent, Duration timeout) {
    this(guard, userAgent, timeout, SafeHttpClient::connectDirect, (SSLSocketFactory) SSLSocketFactory.getDefault());
  }

  SafeHttpClient(AddressGuard guard, String userAgent, Duration timeout, Connector connector, SSLSocketFactory tls) {
    this.guard = guard;
    this.userAgent = userAgent;
    this.timeout = timeout;
    this.connector = connector;
    this.tls = tls;
  }

  /** The User-Agent Warren fetches with, naming the site as Lemmy's does ("Lemmy/0.19.x; +origin"). */
  public static String userAgent(String siteOrigin) {
    String version = SafeHttpClient.class.getPackage().getImplementationVersion();
    return "Warren/" + (version == null ? "dev" : version) + "; +" + siteOrigin;
  }

  /**
   * GETs {@code url}, following up to {@link #MAX_REDIRECTS} redirects, and returns the final
   * response with its body unread. Throws {@code invalid_url} for a URL that is not http(s) or
   * whose host is not allowed (on any hop), and {@code unknown} for network failures, timeouts
   * and too many redirects.
   */
  public FetchedResponse get(URI url) {
    return get(url, (uri, host) -> java.util.Map.of(), MAX_REDIRECTS);
  }

  /**
   * Extra request headers for one hop of a fetch, made for each URL of a redirect chain anew: a
   * signed request signs the host and path it goes to. {@code hostHeader} is the Host sent.
   */
  @FunctionalInterface
  public interface HopHeaders {
    java.util.Map<String, String> headers(URI uri, String hostHeader);
  }

  /** As {@link #get(URI)}, with {@code extra} headers on every hop and at most {@code maxRedirects}. */
  public FetchedResponse get(URI url, HopHeaders extra, int maxRedirects) {
    long deadline = System.nanoTime() + timeout.toNanos();
    URI current = BrowserUrls.parseHttp(url.toString()).orElseThrow(() -> new DomainException(ErrorType.INVALID_URL));
    for (int redirects = 0; ; redirects++) {
      FetchedResponse response = exchange(current, extra, deadline);
      var location = response.header("location");
      if (!isRedirect(response.status()) || location.isEmpty()) return response;
      response.close();
      if (redirects == maxRedirects) throw new DomainException(ErrorType.UNKNOWN, "too many redirects: " + url);
      current = BrowserUrls.resolveHttp(current, location.get())
          .orElseThrow(() -> new DomainException(ErrorType.INVALID_URL));
    }
  }

  private static boolean isRedirect(int status) {
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
  }

  private FetchedResponse exchange(URI uri, HopHeaders extra, long deadline) {
    String host = BrowserUrls.host(uri);
    int port = BrowserUrls.port(uri);
    List<InetAddress> addresses = resolve(host, deadline);
    Socket socket = null;
    try {
      socket = connect(addresses, port, deadline);
      boolean https = uri.getScheme().equalsIgnoreCase("https");
      if (https) socket = startTls(socket, unbracketed(host), port, deadline);
      var in = new BufferedInputStream(new Http11.DeadlineInput(socket, deadline), 8192);
      String hostHeader = hostHeader(uri, host, port, https);
      Http11.writeGet(socket.getOutputStream(), uri, hostHeader, userAgent, extra.headers(uri, hostHeader));
      Http11.Head head = Http11.readHead(in);
      return new FetchedResponse(uri, head, socket, in);
    } catch (IOException e) {
      closeQuietly(socket);
      throw failure(uri, e);
    } catch (RuntimeException e) {
      closeQuietly(socket);
      throw e;
    }
  }

  /** Resolves and checks the host within the deadline; a stuck DNS lookup must not outlast it. */
  private List<InetAddress> resolve(String host, long deadline) {
    var result = new CompletableFuture<List<InetAddress>>();
    Thread.ofVirtual().name("resolve-" + host).start(() -> {
      try {
        result.complete(guard.resolve(host));
      } catch (RuntimeException e) {
        result.completeExceptionally(e);
      }
    });
    try {
      return result.get(Math.max(1, millisLeft(deadline)), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      throw new DomainException(ErrorType.UNKNOWN, "timed out resolving " + host);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException re) throw re;
      throw new DomainException(ErrorType.UNKNOWN, "could not resolve " + host);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DomainException(ErrorType.UNKNOWN, "interrupted");
    }
  }

  private Socket connect(List<InetAddress> addresses, int port, long deadline) throws IOException {
    IOException last = null;
    for (InetAddress address : addresses) {
      long left = millisLeft(deadline);
      if (left <= 0) throw new SocketTimeoutException("timed out");
      try {
        return connector.connect(new InetSocketAddress(address, port), (int) Math.min(Integer.MAX_VALUE, left));
      } catch (IOException e) {
        last = e;
      }
    }
    throw last;
  }

  private Socket startTls(Socket plain, String host, int port, long deadline) throws IOException {
    SSLSocket ssl = (SSLSocket) tls.createSocket(plain, host, port, true);
    SSLParameters params = ssl.getSSLParameters();
    params.setEndpointIdentificationAlgorithm("HTTPS"); // the certificate must name the host, not the IP
    if (!isIpLiteral(host)) params.setServerNames(List.of(new SNIHostName(host)));
    ssl.setSSLParameters(params);
    long left = millisLeft(deadline);
    if (left <= 0) throw new SocketTimeoutException("timed out");
    ssl.setSoTimeout((int) Math.min(Integer.MAX_VALUE, left));
    ssl.startHandshake();
    return ssl;
  }

  private static String hostHeader(URI uri, String host, int port, boolean https) {
    String h = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    return port == (https ? 443 : 80) ? h : h + ":" + port;
  }

  private static boolean isIpLiteral(String host) {
    return host.contains(":") || host.matches("[0-9.]+");
  }

  private static String unbracketed(String host) {
    return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
  }

  private static Socket connectDirect(InetSocketAddress address, int timeoutMillis) throws IOException {
    Socket s = new Socket(java.net.Proxy.NO_PROXY);
    try {
      s.connect(address, timeoutMillis);
      return s;
    } catch (IOException e) {
      s.close();
      throw e;
    }
  }

  private static long millisLeft(long deadline) {
    return (deadline - System.nanoTime()) / 1_000_000;
  }

  private static void closeQuietly(Socket s) {
    if (s == null) return;
    try {
      s.close();
    } catch (IOException ignored) {
      // already failing; the first error is the one worth reporting
    }
  }

  /** A network failure as Lemmy reports one: {@code unknown}, with what went wrong. */
  static DomainException failure(URI uri, IOException e) {
    String why = e instanceof SocketTimeoutException ? "timed out"
        : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return new DomainException(ErrorType.UNKNOWN, "error fetching " + uri + ": " + why.toLowerCase(Locale.ROOT));
  }
}
