package warren.federation.discovery;

import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import tools.jackson.databind.node.ObjectNode;
import warren.domain.Tx;
import warren.domain.site.SiteService;
import warren.federation.protocol.ApJson;

/**
 * NodeInfo 2.1 as Lemmy serves it (crates/routes/src/nodeinfo.rs): {@code /.well-known/nodeinfo}
 * links to {@code /nodeinfo/2.1}; {@code /nodeinfo/2.0.json} and {@code /nodeinfo/2.1.json}
 * redirect there. Counts come from the site's stored counters.
 *
 * <p>The software is reported as {@code lemmy} at the API version Warren implements. Lemmy peers
 * only store the name, but apps pick the API they speak by it (Photon, issue #665, tells Lemmy
 * from PieFed that way), and Warren's promise is that Lemmy apps work unchanged. Warren names
 * itself in {@code metadata}, whose values Lemmy reads as strings.
 */
public final class NodeInfo implements HttpService {
  static final String SCHEMA = "http://nodeinfo.diaspora.software/ns/schema/2.1";

  private final Tx tx;
  private final SiteService sites;
  private final String origin;
  private final String apiVersion;

  /** @param apiVersion the Lemmy version whose API Warren speaks */
  public NodeInfo(Tx tx, SiteService sites, String origin, String apiVersion) {
    this.tx = tx;
    this.sites = sites;
    this.origin = origin;
    this.apiVersion = apiVersion;
  }

  @Override
  public void routing(HttpRules rules) {
    rules.get("/.well-known/nodeinfo", this::wellKnown)
        .get("/nodeinfo/2.1", this::nodeInfo)
        .get("/nodeinfo/2.0.json", NodeInfo::redirect)
        .get("/nodeinfo/2.1.json", NodeInfo::redirect);
  }

  private void wellKnown(ServerRequest req, ServerResponse res) {
    ObjectNode body = ApJson.MAPPER.createObjectNode();
    body.putArray("links").addObject().put("rel", SCHEMA).put("href", origin + "/nodeinfo/2.1");
    json(res, body, "public, max-age=259200");
  }

  private void nodeInfo(ServerRequest req, ServerResponse res) {
    // Read afresh: the cached site view lags the counters by up to its time to live.
    var local = tx.read(sites::requireLocal).localSite();
    ObjectNode body = ApJson.MAPPER.createObjectNode();
    body.put("version", "2.1");
    body.putObject("software").put("name", "lemmy").put("version", apiVersion);
    body.putArray("protocols").add("activitypub");
    ObjectNode usage = body.putObject("usage");
    usage.putObject("users").put("total", local.users()).put("activeHalfyear", local.usersActiveHalfYear())
        .put("activeMonth", local.usersActiveMonth());
    usage.put("localPosts", local.posts()).put("localComments", local.comments());
    body.put("openRegistrations", !"Closed".equals(local.registrationMode()));
    ObjectNode services = body.putObject("services");
    services.putArray("inbound");
    services.putArray("outbound");
    String version = NodeInfo.class.getPackage().getImplementationVersion();
    body.putObject("metadata").put("implementation", "warren")
        .put("implementationVersion", version == null ? "dev" : version);
    json(res, body, "public, max-age=3600");
  }

  private static void redirect(ServerRequest req, ServerResponse res) {
    res.status(Status.TEMPORARY_REDIRECT_307);
    res.header(HeaderNames.LOCATION, "/nodeinfo/2.1");
    res.send();
  }

  private static void json(ServerResponse res, ObjectNode body, String cacheControl) {
    res.header(HeaderNames.CONTENT_TYPE, "application/json");
    res.header(HeaderNames.CACHE_CONTROL, cacheControl);
    res.send(ApJson.write(body));
  }
}
