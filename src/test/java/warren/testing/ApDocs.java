package warren.testing;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import warren.federation.protocol.ApJson;

/**
 * ActivityPub documents as a remote Lemmy writes them, as JSON trees a test can still bend, and
 * the sending of signed activities to a Warren's inbox.
 */
public final class ApDocs {
  public static final String PUBLIC = ApJson.PUBLIC;

  private ApDocs() {}

  public static ObjectNode object() {
    return ApJson.MAPPER.createObjectNode();
  }

  /** A Page by {@code author} in {@code community}, as Lemmy sends it. */
  public static ObjectNode page(String id, String author, String community, String name) {
    ObjectNode p = object().put("type", "Page").put("id", id).put("attributedTo", author).put("name", name);
    p.putArray("to").add(community).add(PUBLIC);
    p.putArray("cc");
    p.put("audience", community).put("content", "<p>text of " + name + "</p>").put("mediaType", "text/html");
    p.putObject("source").put("content", "text of " + name).put("mediaType", "text/markdown");
    p.put("sensitive", false).put("published", "2024-05-01T10:00:00Z");
    return p;
  }

  /** A Note replying to {@code inReplyTo} (a post or comment URL) in {@code community}. */
  public static ObjectNode note(String id, String author, String inReplyTo, String community, String markdown) {
    ObjectNode n = object().put("type", "Note").put("id", id).put("attributedTo", author);
    n.putArray("to").add(PUBLIC);
    n.putArray("cc").add(community);
    n.put("inReplyTo", inReplyTo).put("content", "<p>" + markdown + "</p>").put("mediaType", "text/html");
    n.putObject("source").put("content", markdown).put("mediaType", "text/markdown");
    n.put("audience", community).put("published", "2024-05-01T11:00:00Z");
    return n;
  }

  /** An activity of {@code type} by {@code actor} with a fresh id on the actor's site. */
  public static ObjectNode activity(String type, FakeRemote.RemoteActor actor, Object object) {
    ObjectNode a = object();
    a.putArray("@context").add("https://join-lemmy.org/context.json").add("https://www.w3.org/ns/activitystreams");
    a.put("type", type).put("id", newId(actor.remote(), type)).put("actor", actor.id());
    if (object instanceof JsonNode node) a.set("object", node);
    else a.put("object", (String) object);
    return a;
  }

  /** An activity addressed as Lemmy addresses community activities: to #Public, cc and audience the community. */
  public static ObjectNode inCommunity(String type, FakeRemote.RemoteActor actor, Object object, String community) {
    ObjectNode a = activity(type, actor, object);
    a.putArray("to").add(PUBLIC);
    a.putArray("cc").add(community);
    a.put("audience", community);
    return a;
  }

  /** The community's Announce of {@code inner}, to #Public, cc its followers. */
  public static ObjectNode announce(FakeRemote.RemoteActor community, Object inner) {
    ObjectNode a = activity("Announce", community, inner);
    a.putArray("to").add(PUBLIC);
    a.putArray("cc").add(community.id() + "/followers");
    return a;
  }

  public static String newId(FakeRemote remote, String type) {
    return remote.url("/activities/" + type.toLowerCase(java.util.Locale.ROOT) + "/" + UUID.randomUUID());
  }

  /** POSTs {@code activity} to the site's shared inbox, signed by {@code actor}. */
  public static HttpResponse<String> send(TestSite site, FakeRemote.RemoteActor actor, JsonNode activity) {
    return send(site, "/inbox", actor, ApJson.write(activity));
  }

  public static HttpResponse<String> send(TestSite site, String path, FakeRemote.RemoteActor actor, byte[] body) {
    try {
      return actor.signedPost(site.baseUrl() + path, body);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public static String now() {
    return Instant.now().toString();
  }
}
