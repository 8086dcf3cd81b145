package warren.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import io.helidon.common.parameters.Parameters;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import warren.domain.DomainException;
import warren.domain.ErrorType;
import warren.domain.site.SiteService;
import warren.http.Auth;

/**
 * What every page handler shares: rendering a template inside the site's frame, the security
 * headers, form tokens, redirects after a form post, and error pages for refusals.
 */
public final class Pages {
  private static final Logger LOG = Logger.getLogger(Pages.class.getName());
  /** No inline script or style anywhere: scripts and styles come only from this site's files. */
  static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self';"
      + " img-src 'self' https: http: data:; media-src 'self' data:; connect-src 'self'; form-action 'self';"
      + " frame-ancestors 'none'; base-uri 'none'";
  /** The header warren.js sends when it wants an HTML fragment instead of a redirect. */
  static final String FRAGMENT_HEADER = "X-Warren-Fragment";

  private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);
  private final SiteService sites;
  private final Auth auth;
  private final WebSession session;
  /** A fresh {@link Content} for each page. */
  private final java.util.function.Supplier<Content> content;

  public Pages(SiteService sites, Auth auth, WebSession session, java.util.function.Supplier<Content> content) {
    this.content = content;
    this.sites = sites;
    this.auth = auth;
    this.session = session;
  }

  public Auth auth() {
    return auth;
  }

  WebSession session() {
    return session;
  }

  /** Signature of a form handler: the form is parsed and its token already checked. */
  @FunctionalInterface
  interface Action {
    void handle(ServerRequest req, ServerResponse res, Form form);
  }

  /** The frame of a page. {@code visitorForms}: the page shows forms to anonymous visitors (login, signup). */
  Chrome chrome(ServerRequest req, ServerResponse res, boolean visitorForms) {
    var me = auth.user(req).orElse(null);
    var local = sites.local();
    String csrf = me != null ? session.tokenForLogin(req)
        : visitorForms ? session.tokenForVisitor(req, res) : "";
    String theme = theme(me != null ? me.localUser().theme() : local.localSite().defaultTheme());
    String query = req.query().rawValue();
    String path = req.path().rawPath() + (query.isEmpty() ? "" : "?" + query);
    return new Chrome(local.site(), me, csrf, theme, path, local.localSite().enableDownvotes(), content.get());
  }

  Chrome chrome(ServerRequest req, ServerResponse res) {
    return chrome(req, res, false);
  }

  /** The frame of the page a form was posted from, for the fragment that answers it. */
  Chrome chrome(ServerRequest req, ServerResponse res, Form form) {
    return chrome(req, res, false).at(back(form, "/"));
  }

  /** The page a form came from (its {@code back} field), if it is a path of this site. */
  static String back(Form form, String fallback) {
    return localPath(form.text("back"), fallback);
  }

  /** Answers a form: the fragment for warren.js, else a redirect back to the page, at {@code anchor}. */
  void answer(ServerRequest req, ServerResponse res, Form form, String fallback, String anchor,
      String fragment, Supplier<Map<String, Object>> fragmentParams) {
    if (fragment != null && wantsFragment(req)) {
      render(res, fragment, fragmentParams.get());
      return;
    }
    String to = back(form, fallback);
    int hash = to.indexOf('#');
    if (hash >= 0) to = to.substring(0, hash);
    redirect(res, anchor == null ? to : to + "#" + anchor);
  }

  /** Lemmy's theme names, reduced to the two palettes; anything else follows the browser. */
  static String theme(String setting) {
    String t = setting == null ? "" : setting.toLowerCase(Locale.ROOT);
    if (t.contains("dark")) return "dark";
    if (t.contains("light") || t.contains("lite")) return "light";
    return "";
  }

  void render(ServerResponse res, String template, Map<String, Object> params) {
    render(res, Status.OK_200, template, params);
  }

  void render(ServerResponse res, Status status, String template, Map<String, Object> params) {
    // Straight to UTF-8 as the template writes: a thread page is hundreds of kilobytes, and
    // building it as one String first meant encoding it all again at the end.
    Utf8ByteOutput out = new Utf8ByteOutput(16_384);
    engine.render(template, params, out);
    res.status(status);
    headers(res);
    res.header(HeaderNames.CONTENT_TYPE, "text/html; charset=utf-8");
    res.header(HeaderNames.CONTENT_LENGTH, Integer.toString(out.getContentLength()));
    // Written from the template's own buffers, in 64 KB writes: copying a thread page into one
    // array first cost more than any single template.
    try (var body = new java.io.BufferedOutputStream(res.outputStream(), 65_536)) {
      out.writeTo(body);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The parameters of a page template: the frame as {@code c} plus the page's own. */
  static Map<String, Object> params(Chrome c, Object... pairs) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("c", c);
    for (int i = 0; i < pairs.length; i += 2) m.put((String) pairs[i], pairs[i + 1]);
    return m;
  }

  static void headers(ServerResponse res) {
    res.header(HeaderNames.create("Content-Security-Policy"), CSP);
    res.header(HeaderNames.X_CONTENT_TYPE_OPTIONS, "nosniff");
    res.header(HeaderNames.create("Referrer-Policy"), "same-origin");
    // Pages differ by who asks (cookie) and what they accept (ActivityPub JSON at the same URL).
    res.header(HeaderNames.VARY, "Cookie, Accept");
    res.header(HeaderNames.CACHE_CONTROL, "private, no-cache");
  }

  /** After a form post: 303, so that reloading the next page does not post again. */
  static void redirect(ServerResponse res, String location) {
    headers(res);
    res.status(Status.SEE_OTHER_303);
    res.header(HeaderNames.LOCATION, location);
    res.send();
  }

  /** A path of this site to return to, from a form field; anything else gives {@code fallback}. */
  static String localPath(String path, String fallback) {
    if (path == null || !path.startsWith("/") || path.startsWith("//") || path.startsWith("/\\")
        || path.chars().anyMatch(ch -> ch < 0x20)) {
      return fallback;
    }
    return path;
  }

  /** A page number from the query: 1 when absent or not a positive number. */
  static int pageNumber(ServerRequest req) {
    try {
      return Math.max(1, Integer.parseInt(req.query().first("page").orElse("1")));
    } catch (NumberFormatException e) {
      return 1;
    }
  }

  static String orEmpty(String s) {
    return s == null ? "" : s;
  }

  static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  static boolean wantsFragment(ServerRequest req) {
    return req.headers().contains(HeaderNames.create(FRAGMENT_HEADER));
  }

  /**
   * Whether the client asks for ActivityPub JSON rather than a page: federation answers those at
   * the same paths, so page handlers pass them on.
   */
  static boolean wantsActivityJson(ServerRequest req) {
    return req.headers().first(HeaderNames.ACCEPT).map(a -> {
      String accept = a.toLowerCase(Locale.ROOT);
      return accept.contains("application/activity+json") || accept.contains("application/ld+json");
    }).orElse(false);
  }

  /** A GET handler for a page: ActivityPub requests fall through, refusals become error pages. */
  Handler page(Handler h) {
    return (req, res) -> {
      if (wantsActivityJson(req)) {
        res.next();
        return;
      }
      try {
        h.handle(req, res);
      } catch (DomainException e) {
        refused(req, res, e);
      }
    };
  }

  /** A POST handler for a form: a missing or wrong form token is refused with 403 before anything runs. */
  Handler action(Action h) {
    return (req, res) -> {
      Form form = new Form(readForm(req));
      if (!session.validToken(req, form.text(Form.TOKEN_FIELD))) {
        LOG.fine(() -> "form without a valid token refused: " + req.path().path());
        error(req, res, Status.FORBIDDEN_403,
            "This form has expired or did not come from this site. Go back, reload the page and try again.");
        return;
      }
      try {
        h.handle(req, res, form);
      } catch (DomainException e) {
        refused(req, res, e);
      }
    };
  }

  private static Parameters readForm(ServerRequest req) {
    if (!req.content().hasEntity()) return Parameters.empty("form");
    try {
      return req.content().as(Parameters.class);
    } catch (RuntimeException e) {
      LOG.log(Level.FINE, "unreadable form body", e);
      return Parameters.empty("form");
    }
  }

  /** A refusal: the sign-in page for anonymous visitors, else an error page with Lemmy's reason. */
  void refused(ServerRequest req, ServerResponse res, DomainException e) {
    ErrorType t = e.type();
    if ((t == ErrorType.NOT_LOGGED_IN || t == ErrorType.INCORRECT_LOGIN) && auth.user(req).isEmpty()) {
      if (wantsFragment(req)) {
        error(req, res, Status.UNAUTHORIZED_401, "Log in first.");
      } else {
        String back = req.prologue().method().text().equals("GET") ? req.path().rawPath() : "/";
        redirect(res, "/login?next=" + encode(back));
      }
      return;
    }
    Status status = t.isNotFound() ? Status.NOT_FOUND_404 : Status.BAD_REQUEST_400;
    error(req, res, status, describe(e));
  }

  /** "couldnt_find_post" reads "Couldnt find post"; a detail, when there is one, follows. */
  static String describe(DomainException e) {
    String name = e.type().wireName().replace('_', ' ');
    String sentence = Character.toUpperCase(name.charAt(0)) + name.substring(1);
    return e.detail().map(d -> sentence + ": " + d).orElse(sentence) + ".";
  }

  void error(ServerRequest req, ServerResponse res, Status status, String message) {
    if (wantsFragment(req)) {
      headers(res);
      res.status(status);
      res.header(HeaderNames.CONTENT_TYPE, "text/plain; charset=utf-8");
      res.send(message);
      return;
    }
    render(res, status, "page/error.jte", params(chrome(req, res), "status", status.code(), "message", message));
  }
}
