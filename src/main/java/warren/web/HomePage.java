package warren.web;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import warren.domain.site.SiteService;

/** A minimal landing page until the built-in UI arrives; it names the site and points at the API. */
public final class HomePage implements HttpService {
  private final SiteService sites;

  public HomePage(SiteService sites) {
    this.sites = sites;
  }

  @Override
  public void routing(HttpRules rules) {
    rules.get("/", this::home);
  }

  private void home(ServerRequest req, ServerResponse res) {
    var site = sites.local().site();
    String name = escape(site.name());
    res.header(HeaderNames.CONTENT_TYPE, "text/html; charset=utf-8");
    res.header(HeaderNames.create("Content-Security-Policy"), "default-src 'none'; style-src 'unsafe-inline'");
    res.send("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + name + "</title></head>"
        + "<body><main><h1>" + name + "</h1><p>This Warren site speaks Lemmy's API at <code>/api/v3</code>.</p>"
        + "</main></body></html>");
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
