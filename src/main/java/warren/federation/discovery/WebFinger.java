package warren.federation.discovery;

import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import warren.domain.DomainException;
import warren.domain.ErrorType;
import warren.domain.Tx;
import warren.federation.protocol.ApJson;
import warren.store.Stores;

/**
 * {@code /.well-known/webfinger?resource=acct:name@host}, answered as Lemmy 0.19 answers it
 * (crates/routes/src/webfinger.rs): a person and a community of the same name are both listed,
 * the community last, because Mastodon takes the last; {@code acct:host@host} names the site's
 * instance actor. The host must be this site's host name, port included; unlike Lemmy, its case
 * does not matter. Names match without case too. Nothing found: an empty 404.
 */
public final class WebFinger implements HttpService {
  /** Lemmy's pattern: letters of any script, digits, {@code _ . -}. */
  private static final Pattern ACCT = Pattern.compile("^acct:([\\p{L}0-9_.\\-]+)@(.*)$");
  private static final String TYPE_KEY = "https://www.w3.org/ns/activitystreams#type";

  private final Tx tx;
  private final Stores stores;
  private final String hostname;
  private final String origin;

  public WebFinger(Tx tx, Stores stores, String hostname, String origin) {
    this.tx = tx;
    this.stores = stores;
    this.hostname = hostname;
    this.origin = origin;
  }

  @Override
  public void routing(HttpRules rules) {
    rules.get("/.well-known/webfinger", this::answer);
  }

  private void answer(ServerRequest req, ServerResponse res) {
    String resource = req.query().first("resource")
        .orElseThrow(() -> new DomainException(ErrorType.UNKNOWN, "missing field `resource`"));
    Matcher m = ACCT.matcher(resource);
    if (!m.matches()) throw new DomainException(ErrorType.UNKNOWN, "webfinger resource is not acct:name@host");
    if (!m.group(2).equalsIgnoreCase(hostname)) throw new DomainException(ErrorType.UNKNOWN, "wrong domain");
    String name = m.group(1);

    ArrayNode links = ApJson.MAPPER.createArrayNode();
    if (name.equalsIgnoreCase(hostname)) {
      // Lemmy names the instance actor's type "none" here.
      addActor(links, origin + "/", "none", false);
    } else {
      tx.read(h -> {
        stores.persons().readLocalByName(h, name).filter(p -> !p.deleted())
            .ifPresent(p -> addActor(links, p.actorId(), "Person", true));
        stores.communities().readLocalByName(h, name)
            .filter(c -> !c.deleted() && !c.removed() && "Public".equals(c.visibility()))
            .ifPresent(c -> addActor(links, c.actorId(), "Group", false));
        return null;
      });
    }
    if (links.isEmpty()) {
      res.status(Status.NOT_FOUND_404);
      res.send();
      return;
    }
    ObjectNode body = ApJson.MAPPER.createObjectNode();
    body.put("subject", resource);
    body.set("links", links);
    res.header(HeaderNames.CONTENT_TYPE, "application/jrd+json");
    res.header(HeaderNames.CACHE_CONTROL, "public, max-age=259200");
    res.send(ApJson.write(body));
  }

  /** The links of one actor, each with every field Lemmy writes (absent ones as null). */
  private void addActor(ArrayNode links, String actorId, String type, boolean person) {
    link(links, "http://webfinger.net/rel/profile-page", "text/html", actorId, null);
    ObjectNode self = link(links, "self", ApJson.CONTENT_TYPE, actorId, null);
    self.putObject("properties").put(TYPE_KEY, type);
    if (person) {
      link(links, "http://ostatus.org/schema/1.0/subscribe", null, null,
          origin + "/activitypub/externalInteraction?uri={uri}");
    }
  }

  private static ObjectNode link(ArrayNode links, String rel, String type, String href, String template) {
    ObjectNode link = links.addObject();
    link.put("rel", rel);
    put(link, "type", Optional.ofNullable(type));
    put(link, "href", Optional.ofNullable(href));
    put(link, "template", Optional.ofNullable(template));
    return link;
  }

  private static void put(ObjectNode node, String field, Optional<String> value) {
    if (value.isPresent()) node.put(field, value.get());
    else node.putNull(field);
  }
}
