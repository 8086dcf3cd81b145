package warren.federation.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import warren.federation.httpsig.HttpSignatures;
import warren.federation.httpsig.Pem;
import warren.federation.httpsig.ResolvedKey;
import warren.federation.protocol.ApJson;
import warren.testing.ApiClient;
import warren.testing.FakeRemote;
import warren.testing.TestSite;

/** Which requests get ActivityPub JSON, and what peers get for what is gone, elsewhere or private. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ActivityPubRoutesTest {
  static final String MASTODON_ACCEPT = "application/activity+json, application/ld+json";
  static final String MISSKEY_ACCEPT = "application/ld+json; profile=\"https://www.w3.org/ns/activitystreams\"";
  static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

  private TestSite site;
  private ApiClient alice;
  private ApiClient ap;
  private int community;

  @BeforeAll
  void start() {
    site = TestSite.start();
    site.admin().put("/api/v3/site", Map.of("registration_mode", "Open"));
    alice = site.anonymous().register("alice", "password-123");
    community = alice.post("/api/v3/community", Map.of("name", "open", "title", "Open")).json()
        .at("/community_view/community/id").asInt();
    ap = site.anonymous().withHeader("Accept", ApJson.CONTENT_TYPE);
  }

  @AfterAll
  void stop() {
    site.close();
  }

  private ApiClient accepting(String accept) {
    return site.anonymous().withHeader("Accept", accept);
  }

  private int post(String title) {
    return alice.post("/api/v3/post", Map.of("name", title, "community_id", community)).json()
        .at("/post_view/post/id").asInt();
  }

  @Test
  void peersGetJsonBrowsersGetPages() {
    for (String accept : List.of(ApJson.CONTENT_TYPE, MASTODON_ACCEPT, MISSKEY_ACCEPT)) {
      var r = accepting(accept).get("/u/alice");
      assertThat(r.status()).as(accept).isEqualTo(200);
      assertThat(r.headers().firstValue("content-type")).contains("application/activity+json");
      assertThat(r.json().get("type").asString()).isEqualTo("Person");
      assertThat(r.headers().firstValue("vary")).contains("Accept");
    }
    // A browser at / gets the home page: the request went on to the web handler.
    var home = accepting(BROWSER_ACCEPT).get("/");
    assertThat(home.status()).isEqualTo(200);
    assertThat(home.headers().firstValue("content-type").orElse("")).startsWith("text/html");
    assertThat(home.headers().allValues("vary").stream().flatMap(v -> java.util.Arrays.stream(v.split(",")))
        .map(String::trim)).as("caches keep the page and the JSON apart").contains("Accept");
    assertThat(accepting(BROWSER_ACCEPT).get("/u/alice").headers().firstValue("content-type").orElse(""))
        .doesNotContain("activity+json");
    assertThat(site.anonymous().get("/c/open").headers().firstValue("content-type").orElse(""))
        .doesNotContain("activity+json");
    // HTML preferred over JSON: a page.
    assertThat(accepting("application/activity+json;q=0.5, text/html").get("/c/open").headers()
        .firstValue("content-type").orElse("")).doesNotContain("activity+json");
  }

  @Test
  void collectionsAreJsonWhateverIsAsked() {
    var r = site.anonymous().get("/c/open/outbox");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.json().get("type").asString()).isEqualTo("OrderedCollection");
    var mods = site.anonymous().get("/c/open/moderators").json();
    assertThat(mods.at("/orderedItems/0").asString()).isEqualTo("http://warren.test/u/alice");
    assertThat(site.anonymous().get("/c/open/followers").json().get("totalItems").asInt()).isEqualTo(1);
    assertThat(site.anonymous().get("/site_outbox").json().get("id").asString())
        .isEqualTo("http://warren.test/site_outbox");
  }

  @Test
  void outboxAnnouncesTheNewestPosts() {
    int id = post("Announced");
    JsonNode outbox = ap.get("/c/open/outbox").json();
    assertThat(outbox.get("totalItems").asInt()).isEqualTo(outbox.get("orderedItems").size());
    JsonNode newest = outbox.at("/orderedItems/0");
    assertThat(newest.get("type").asString()).isEqualTo("Announce");
    assertThat(newest.get("actor").asString()).isEqualTo("http://warren.test/c/open");
    assertThat(newest.at("/cc/0").asString()).isEqualTo("http://warren.test/c/open/followers");
    assertThat(newest.at("/object/type").asString()).isEqualTo("Create");
    assertThat(newest.at("/object/actor").asString()).isEqualTo("http://warren.test/u/alice");
    assertThat(newest.at("/object/object/id").asString()).isEqualTo("http://warren.test/post/" + id);
  }

  @Test
  void unknownThingsAre404() {
    assertThat(ap.get("/u/nobody").status()).isEqualTo(404);
    assertThat(ap.get("/u/nobody").error()).isEqualTo("couldnt_find_person");
    assertThat(ap.get("/c/nothing").error()).isEqualTo("couldnt_find_community");
    assertThat(ap.get("/c/nothing/outbox").status()).isEqualTo(404);
    assertThat(ap.get("/post/999999").error()).isEqualTo("couldnt_find_post");
    assertThat(ap.get("/post/abc").status()).isEqualTo(404);
    assertThat(ap.get("/comment/999999").error()).isEqualTo("couldnt_find_comment");
  }

  @Test
  void namesMatchWithoutCase() {
    assertThat(ap.get("/u/ALICE").json().get("id").asString()).isEqualTo("http://warren.test/u/alice");
    assertThat(ap.get("/c/Open").json().get("id").asString()).isEqualTo("http://warren.test/c/open");
  }

  @Test
  void deletedThingsAreTombstones() {
    int id = post("Soon deleted");
    int comment = alice.post("/api/v3/comment", Map.of("post_id", id, "content", "Also gone")).json()
        .at("/comment_view/comment/id").asInt();
    alice.post("/api/v3/comment/delete", Map.of("comment_id", comment, "deleted", true));
    alice.post("/api/v3/post/delete", Map.of("post_id", id, "deleted", true));

    var gone = ap.get("/post/" + id);
    assertThat(gone.status()).isEqualTo(410);
    assertThat(gone.json().get("type").asString()).isEqualTo("Tombstone");
    assertThat(gone.json().get("id").asString()).isEqualTo("http://warren.test/post/" + id);
    assertThat(ap.get("/comment/" + comment).status()).isEqualTo(410);

    site.anonymous().register("leaving", "password-123");
    site.sql().useHandle(h -> h.execute("update person set deleted = true where name = 'leaving'"));
    assertThat(ap.get("/u/leaving").status()).isEqualTo(410);
    assertThat(ap.get("/u/leaving/outbox").status()).isEqualTo(404);

    int removed = alice.post("/api/v3/community", Map.of("name", "closing", "title", "Closing")).json()
        .at("/community_view/community/id").asInt();
    alice.post("/api/v3/community/delete", Map.of("community_id", removed, "deleted", true));
    assertThat(ap.get("/c/closing").status()).isEqualTo(410);
    assertThat(ap.get("/c/closing/featured").status()).isEqualTo(404);
  }

  @Test
  void localOnlyCommunitiesNeverFederate() {
    int hidden = alice.post("/api/v3/community", Map.of("name", "backroom", "title", "Back room",
        "visibility", "LocalOnly")).json().at("/community_view/community/id").asInt();
    int id = alice.post("/api/v3/post", Map.of("name", "Private", "community_id", hidden)).json()
        .at("/post_view/post/id").asInt();
    assertThat(ap.get("/c/backroom").status()).isEqualTo(404);
    for (String c : List.of("outbox", "followers", "moderators", "featured")) {
      assertThat(ap.get("/c/backroom/" + c).status()).as(c).isEqualTo(404);
    }
    assertThat(ap.get("/post/" + id).status()).isEqualTo(404);
  }

  @Test
  void copiesOfRemoteObjectsRedirectToTheirOrigin() {
    int id = post("Local for now");
    site.sql().useHandle(h -> h.execute(
        "update post set local = false, ap_id = 'https://lemmy.example/post/77' where id = ?", id));
    var r = ap.get("/post/" + id);
    assertThat(r.status()).isEqualTo(308);
    assertThat(r.headers().firstValue("location")).contains("https://lemmy.example/post/77");
  }

  @Test
  void theSiteIsAnApplication() {
    JsonNode instance = ap.get("/").json();
    assertThat(instance.get("type").asString()).isEqualTo("Application");
    assertThat(instance.get("id").asString()).isEqualTo("http://warren.test/");
    assertThat(instance.get("preferredUsername").asString()).isEqualTo("warren.test");
    assertThat(instance.at("/publicKey/id").asString()).isEqualTo("http://warren.test/#main-key");
    assertThat(instance.at("/publicKey/publicKeyPem").asString()).startsWith("-----BEGIN PUBLIC KEY-----\n");
    assertThat(instance.get("published").isString()).isTrue();
  }

  /** The site's fetches are signed with the key it publishes at /, as a peer checks them. */
  @Test
  void theSiteSignsItsFetches() {
    try (FakeRemote remote = FakeRemote.start()) {
      var dave = remote.person("dave");
      var fetched = site.services().federation().fetcher().fetch(java.net.URI.create(dave.id()));
      assertThat(fetched.json().get("preferredUsername").asString()).isEqualTo("dave");

      String pem = ap.get("/").json().at("/publicKey/publicKeyPem").asString();
      var request = remote.requests().getLast();
      var verified = HttpSignatures.verify("GET", "/u/dave", request.headers(), null,
          keyId -> new ResolvedKey(keyId, "http://warren.test/", Pem.publicKey(pem)), java.time.Instant.now());
      assertThat(verified.keyId()).isEqualTo("http://warren.test/#main-key");
    }
  }
}
