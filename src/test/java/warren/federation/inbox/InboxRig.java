package warren.federation.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import warren.federation.httpsig.HttpSignatures;
import warren.federation.httpsig.SigningKey;
import warren.federation.protocol.ApJson;
import warren.testing.ApDocs;
import warren.testing.ApiClient;
import warren.testing.FakeRemote;
import warren.testing.TestSite;

/**
 * A Warren and a fake remote Lemmy for inbox tests: {@code bob} and {@code eve} are people
 * there, {@code main} a community there that the local user {@code carol} follows (accepted), and
 * {@code local} a community here.
 */
final class InboxRig implements AutoCloseable {
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  final TestSite site;
  final FakeRemote remote;
  final ApiClient carol;
  final FakeRemote.RemoteActor bob;
  final FakeRemote.RemoteActor eve;
  final FakeRemote.RemoteActor main;
  final int mainId;
  final int localId;
  final String localActor;

  InboxRig() {
    site = TestSite.start();
    site.admin().put("/api/v3/site", Map.of("registration_mode", "Open"));
    carol = site.anonymous().register("carol", "password-123");
    remote = FakeRemote.start();
    bob = remote.person("bob");
    eve = remote.person("eve");
    main = remote.group("main");
    var resolved = carol.get("/api/v3/resolve_object", Map.of("q", main.id()));
    assertThat(resolved.status()).as(resolved.body()).isEqualTo(200);
    mainId = resolved.json().at("/community/community/id").asInt();
    var follow = carol.post("/api/v3/community/follow", Map.of("community_id", mainId, "follow", true));
    assertThat(follow.json().at("/community_view/subscribed").asString()).isEqualTo("Pending");
    ObjectNode followActivity = ApDocs.object().put("type", "Follow")
        .put("id", "http://warren.test/activities/follow/1").put("actor", "http://warren.test/u/carol")
        .put("object", main.id());
    var accept = ApDocs.activity("Accept", main, followActivity);
    assertThat(send(main, accept).statusCode()).isEqualTo(200);
    localId = carol.post("/api/v3/community", Map.of("name", "local", "title", "Local")).json()
        .at("/community_view/community/id").asInt();
    localActor = "http://warren.test/c/local";
  }

  HttpResponse<String> send(FakeRemote.RemoteActor actor, JsonNode activity) {
    return ApDocs.send(site, actor, activity);
  }

  /** Sends and expects 200; returns the activity sent. */
  JsonNode ok(FakeRemote.RemoteActor actor, JsonNode activity) {
    var r = send(actor, activity);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return activity;
  }

  /** POSTs bytes with headers signed by {@code key} at {@code signedAt}. */
  HttpResponse<String> sendSigned(SigningKey key, byte[] body, Instant signedAt) throws Exception {
    URI uri = URI.create(site.baseUrl() + "/inbox");
    var headers = HttpSignatures.signPost(uri, HttpSignatures.hostHeader(uri), body, key, signedAt);
    var b = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofByteArray(body));
    headers.forEach((k, v) -> {
      if (!k.equals("host")) b.header(k, v);
    });
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  long count(String sql, Object... binds) {
    return site.sql().withHandle(h -> {
      var q = h.createQuery(sql);
      for (int i = 0; i < binds.length; i++) q.bind(i, binds[i]);
      return q.mapTo(Long.class).one();
    });
  }

  Map<String, Object> row(String sql, Object... binds) {
    return site.sql().withHandle(h -> {
      var q = h.createQuery(sql);
      for (int i = 0; i < binds.length; i++) q.bind(i, binds[i]);
      return q.mapToMap().one();
    });
  }

  /** A local post of carol's in the local community; its id and ActivityPub id. */
  int localPost(String title) {
    return carol.post("/api/v3/post", Map.of("name", title, "community_id", localId)).json()
        .at("/post_view/post/id").asInt();
  }

  /** Serves a Page of {@code author} in {@code main} at /post/{n} of the remote. */
  String remotePost(int n, FakeRemote.RemoteActor author, String title) {
    String id = remote.url("/post/" + n);
    remote.serve("/post/" + n, ApDocs.page(id, author.id(), main.id(), title));
    return id;
  }

  static byte[] bytes(JsonNode node) {
    return ApJson.write(node);
  }

  @Override
  public void close() {
    site.close();
    remote.close();
  }
}
