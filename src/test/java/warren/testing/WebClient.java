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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without a browser: keeps cookies, posts HTML forms, and does not follow redirects,
 * so a test sees each answer of the web UI as it is.
 */
public final class WebClient {
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
      .followRedirects(HttpClient.Redirect.NEVER).build();
  private static final Pattern TOKEN = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

  private final String baseUrl;
  private final Map<String, String> cookies = new LinkedHashMap<>();

  public WebClient(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  public WebClient cookie(String name, String value) {
    cookies.put(name, value);
    return this;
  }

  public HttpResponse<String> get(String path, String... headers) {
    var b = HttpRequest.newBuilder(URI.create(baseUrl + path)).GET();
    for (int i = 0; i < headers.length; i += 2) b.header(headers[i], headers[i + 1]);
    return send(b);
  }

  /** Posts form fields (in order) as application/x-www-form-urlencoded. */
  public HttpResponse<String> post(String path, String... fields) {
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < fields.length; i += 2) {
      if (!body.isEmpty()) body.append('&');
      body.append(URLEncoder.encode(fields[i], StandardCharsets.UTF_8)).append('=')
          .append(URLEncoder.encode(fields[i + 1], StandardCharsets.UTF_8));
    }
    return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
  }

  /** The form token of a page's first form. */
  public static String token(String html) {
    Matcher m = TOKEN.matcher(html);
    if (!m.find()) throw new AssertionError("no form token in the page");
    return m.group(1);
  }

  private HttpResponse<String> send(HttpRequest.Builder b) {
    if (!cookies.isEmpty()) {
      b.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
          .collect(Collectors.joining("; ")));
    }
    try {
      var r = HTTP.send(b.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
      for (String set : r.headers().allValues("set-cookie")) {
        String pair = set.substring(0, set.indexOf(';') < 0 ? set.length() : set.indexOf(';'));
        int eq = pair.indexOf('=');
        String name = pair.substring(0, eq);
        String value = pair.substring(eq + 1);
        if (value.isEmpty()) cookies.remove(name); else cookies.put(name, value);
      }
      return r;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
