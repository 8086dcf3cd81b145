package warren.federation.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import warren.testing.ApiClient;
import warren.testing.TestSite;

/** WebFinger and NodeInfo as peers and apps read them. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DiscoveryTest {
  private TestSite site;
  private ApiClient anonymous;

  @BeforeAll
  void start() {
    site = TestSite.start();
    site.admin().put("/api/v3/site", Map.of("registration_mode", "Open"));
    ApiClient alice = site.anonymous().register("alice", "password-123");
    alice.post("/api/v3/community", Map.of("name", "books", "title", "Books"));
    // "alice" is a person and a community both.
    alice.post("/api/v3/community", Map.of("name", "alice", "title", "Alice's"));
    alice.post("/api/v3/community", Map.of("name", "secret", "title", "Secret", "visibility", "LocalOnly"));
    anonymous = site.anonymous();
  }

  @AfterAll
  void stop() {
    site.close();
  }

  private ApiClient.Reply finger(String resource) {
    return anonymous.get("/.well-known/webfinger", Map.of("resource", resource));
  }

  @Test
  void aPersonAsLemmyDescribesOne() {
    var r = finger("acct:site_admin@warren.test");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.headers().firstValue("content-type")).contains("application/jrd+json");
    assertThat(r.headers().firstValue("cache-control")).contains("public, max-age=259200");
    JsonNode json = r.json();
    assertThat(json.get("subject").asString()).isEqualTo("acct:site_admin@warren.test");
    JsonNode links = json.get("links");
    assertThat(links.size()).isEqualTo(3);
    assertThat(links.at("/0/rel").asString()).isEqualTo("http://webfinger.net/rel/profile-page");
    assertThat(links.at("/0/type").asString()).isEqualTo("text/html");
    assertThat(links.at("/0/href").asString()).isEqualTo("http://warren.test/u/site_admin");
    assertThat(links.at("/0/template").isNull()).isTrue();
    assertThat(links.at("/1/rel").asString()).isEqualTo("self");
    assertThat(links.at("/1/type").asString()).isEqualTo("application/activity+json");
    assertThat(links.at("/1/properties").get("https://www.w3.org/ns/activitystreams#type").asString())
        .isEqualTo("Person");
    assertThat(links.at("/2/rel").asString()).isEqualTo("http://ostatus.org/schema/1.0/subscribe");
    assertThat(links.at("/2/template").asString())
        .isEqualTo("http://warren.test/activitypub/externalInteraction?uri={uri}");
  }

  @Test
  void namesAndDomainMatchWithoutCase() {
    assertThat(finger("acct:SITE_ADMIN@Warren.Test").status()).isEqualTo(200);
  }

  @Test
  void aCommunityAndANameClash() {
    JsonNode books = finger("acct:books@warren.test").json().get("links");
    assertThat(books.size()).isEqualTo(2);
    assertThat(books.at("/1/href").asString()).isEqualTo("http://warren.test/c/books");
    assertThat(books.at("/1/properties").get("https://www.w3.org/ns/activitystreams#type").asString())
        .isEqualTo("Group");

    // Person first, community last: Mastodon takes the last.
    JsonNode both = finger("acct:alice@warren.test").json().get("links");
    assertThat(both.size()).isEqualTo(5);
    assertThat(both.at("/1/href").asString()).isEqualTo("http://warren.test/u/alice");
    assertThat(both.at("/4/href").asString()).isEqualTo("http://warren.test/c/alice");
  }

  @Test
  void theInstanceActor() {
    JsonNode links = finger("acct:warren.test@warren.test").json().get("links");
    assertThat(links.at("/1/href").asString()).isEqualTo("http://warren.test/");
    assertThat(links.at("/1/properties").get("https://www.w3.org/ns/activitystreams#type").asString()).isEqualTo("none");
  }

  @Test
  void refusals() {
    var missing = finger("acct:nobody@warren.test");
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.body()).isEmpty();
    assertThat(finger("acct:secret@warren.test").status()).isEqualTo(404);
    assertThat(finger("acct:site_admin@elsewhere.example").status()).isEqualTo(400);
    assertThat(finger("https://warren.test/u/site_admin").status()).isEqualTo(400);
    assertThat(anonymous.get("/.well-known/webfinger").status()).isEqualTo(400);
  }

  @Test
  void nodeInfo() {
    var wellKnown = anonymous.get("/.well-known/nodeinfo");
    assertThat(wellKnown.status()).isEqualTo(200);
    assertThat(wellKnown.json().at("/links/0/rel").asString())
        .isEqualTo("http://nodeinfo.diaspora.software/ns/schema/2.1");
    assertThat(wellKnown.json().at("/links/0/href").asString()).isEqualTo("http://warren.test/nodeinfo/2.1");

    JsonNode info = anonymous.get("/nodeinfo/2.1").json();
    assertThat(info.get("version").asString()).isEqualTo("2.1");
    assertThat(info.at("/software/name").asString()).isEqualTo("lemmy");
    assertThat(info.at("/software/version").asString()).isEqualTo(warren.api.v3.SiteApi.VERSION);
    assertThat(info.get("protocols").get(0).asString()).isEqualTo("activitypub");
    assertThat(info.at("/usage/users/total").asInt()).isEqualTo(2);
    assertThat(info.at("/usage/users/activeHalfyear").isNumber()).isTrue();
    assertThat(info.at("/usage/users/activeMonth").isNumber()).isTrue();
    assertThat(info.at("/usage/localPosts").asInt()).isZero();
    assertThat(info.at("/usage/localComments").asInt()).isZero();
    assertThat(info.get("openRegistrations").asBoolean()).isTrue();
    assertThat(info.at("/services/inbound").isArray()).isTrue();
    assertThat(info.at("/metadata/implementation").asString()).isEqualTo("warren");

    for (String old : new String[] {"/nodeinfo/2.0.json", "/nodeinfo/2.1.json"}) {
      var r = anonymous.get(old);
      assertThat(r.status()).as(old).isEqualTo(307);
      assertThat(r.headers().firstValue("location")).contains("/nodeinfo/2.1");
    }
  }
}
