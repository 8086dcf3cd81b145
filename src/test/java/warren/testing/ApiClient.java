package warren.testing;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Speaks to a Warren over real HTTP, as a Lemmy app does: JSON bodies, Bearer token. */
public final class ApiClient {
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final String baseUrl;
  private final String token;
  private final Map<String, String> headers = new LinkedHashMap<>();

  public ApiClient(String baseUrl, String token) {
    this.baseUrl = baseUrl;
    this.token = token;
  }

  /** The reply: status, raw body, and the body as JSON when it is JSON. */
  public record Reply(int status, String body, java.net.http.HttpHeaders headers) {
    public JsonNode json() {
      return JSON.readTree(body);
    }

    public String error() {
      return json().path("error").asString();
    }
  }

  public ApiClient withHeader(String name, String value) {
    ApiClient c = new ApiClient(baseUrl, token);
    c.headers.putAll(headers);
    c.headers.put(name, value);
    return c;
  }

  public ApiClient withToken(String newToken) {
    ApiClient c = new ApiClient(baseUrl, newToken);
    c.headers.putAll(headers);
    return c;
  }

  public String token() {
    return token;
  }

  public Reply get(String path, Map<String, ?> query) {
    String q = query.entrySet().stream()
        .map(e -> e.getKey() + "=" + URLEncoder.encode(String.valueOf(e.getValue()), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
    return send("GET", path + (q.isEmpty() ? "" : "?" + q), null);
  }

  public Reply get(String path) {
    return get(path, Map.of());
  }

  public Reply post(String path, Object body) {
    return send("POST", path, body);
  }

  public Reply put(String path, Object body) {
    return send("PUT", path, body);
  }

  /** Sends raw text as the body, for testing what bad input gets. */
  public Reply sendRaw(String method, String path, String rawBody) {
    return exchange(builder(path).method(method, HttpRequest.BodyPublishers.ofString(rawBody))
        .header("Content-Type", "application/json"));
  }

  public Reply send(String method, String path, Object body) {
    var b = builder(path);
    if (body == null) {
      b.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      b.method(method, HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)))
          .header("Content-Type", "application/json");
    }
    return exchange(b);
  }

  /** Logs in and returns a client carrying the new token; fails the test when login fails. */
  public ApiClient login(String name, String password) {
    Reply r = post("/api/v3/user/login", Map.of("username_or_email", name, "password", password));
    if (r.status() != 200) throw new AssertionError("login of " + name + " failed: " + r.status() + " " + r.body());
    return withToken(r.json().get("jwt").asString());
  }

  /** Registers on an open site and returns a client carrying the new account's token. */
  public ApiClient register(String name, String password) {
    Reply r = post("/api/v3/user/register", Map.of("username", name, "password", password,
        "password_verify", password, "show_nsfw", true));
    if (r.status() != 200 || r.json().path("jwt").isMissingNode()) {
      throw new AssertionError("register of " + name + " failed: " + r.status() + " " + r.body());
    }
    return withToken(r.json().get("jwt").asString());
  }

  private HttpRequest.Builder builder(String path) {
    var b = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30));
    if (token != null) b.header("Authorization", "Bearer " + token);
    headers.forEach(b::header);
    return b;
  }

  private Reply exchange(HttpRequest.Builder b) {
    try {
      HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
      return new Reply(r.statusCode(), r.body(), r.headers());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
