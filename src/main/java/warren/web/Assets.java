package warren.web;

import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/**
 * The UI's few static files, read once from the classpath ({@code web/}). Pages link them with a
 * hash of their bytes in the query, so browsers may keep them for a year and still see a change.
 */
public final class Assets implements HttpService {
  private record Asset(byte[] bytes, String type, String version) {}

  private static final Map<String, Asset> FILES = Map.of(
      "warren.css", load("warren.css", "text/css; charset=utf-8"),
      "warren.js", load("warren.js", "text/javascript; charset=utf-8"),
      "warren.svg", load("warren.svg", "image/svg+xml"),
      "cake.svg", load("cake.svg", "image/svg+xml"));

  /** The URL of a static file, versioned by its content. */
  public static String url(String name) {
    Asset a = FILES.get(name);
    if (a == null) throw new IllegalArgumentException("no static file " + name);
    return "/static/" + name + "?v=" + a.version();
  }

  @Override
  public void routing(HttpRules rules) {
    rules.get("/static/{name}", this::serve);
  }

  private void serve(ServerRequest req, ServerResponse res) {
    Asset a = FILES.get(req.path().pathParameters().get("name"));
    if (a == null) {
      res.next();
      return;
    }
    boolean versioned = req.query().first("v").map(a.version()::equals).orElse(false);
    res.header(HeaderNames.CONTENT_TYPE, a.type());
    res.header(HeaderNames.X_CONTENT_TYPE_OPTIONS, "nosniff");
    res.header(HeaderNames.CACHE_CONTROL, versioned ? "public, max-age=31536000, immutable" : "public, max-age=300");
    res.header(HeaderNames.ETAG, "\"" + a.version() + "\"");
    if (req.headers().first(HeaderNames.IF_NONE_MATCH).map(v -> v.contains(a.version())).orElse(false)) {
      res.status(Status.NOT_MODIFIED_304).send();
      return;
    }
    res.send(a.bytes());
  }

  private static Asset load(String name, String type) {
    try (InputStream in = Assets.class.getResourceAsStream("/web/" + name)) {
      if (in == null) throw new IllegalStateException("missing resource web/" + name);
      byte[] bytes = in.readAllBytes();
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(bytes);
      return new Asset(bytes, type, HexFormat.of().formatHex(hash, 0, 6));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
