package warren.federation.objects;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import warren.federation.protocol.ApJson;
import warren.testing.ApDocs;
import warren.testing.ApiClient;
import warren.testing.FakeRemote;
import warren.testing.TestSite;

/** resolve_object against a fake remote site: people, communities, posts, comments, handles and refusals. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RemoteResolveTest {
  private TestSite site;
  private FakeRemote remote;
  private ApiClient user;
  private FakeRemote.RemoteActor bob;
  private FakeRemote.RemoteActor main;

  @BeforeAll
  void start() {
    site = TestSite.start();
    site.admin().put("/api/v3/site", Map.of("registration_mode", "Open"));
    user = site.anonymous().register("resolver", "password-123");
    remote = FakeRemote.start();
    bob = remote.person("bob");
    main = remote.group("main");
    remote.serve("/post/1", ApDocs.page(remote.url("/post/1"), bob.id(), main.id(), "A remote post"));
    remote.serve("/comment/1", ApDocs.note(remote.url("/comment/1"), bob.id(), remote.url("/post/1"), main.id(), "first"));
    remote.serve("/comment/2", ApDocs.note(remote.url("/comment/2"), bob.id(), remote.url("/comment/1"), main.id(), "second"));
  }

  @AfterAll
  void stop() {
    site.close();
    remote.close();
  }

  private ApiClient.Reply resolve(ApiClient as, String q) {
    return as.get("/api/v3/resolve_object", Map.of("q", q));
  }

  @Test
  void aPersonByUrlWithPronounsFromTheDisplayName() {
    var doc = ApJson.tree(remote.person("dana").document());
    doc.put("name", "Dana Scully [she/her]");
    doc.put("summary", "<p>I <strong>want</strong> to believe</p>");
    remote.serve("/u/dana", doc);
    String url = remote.url("/u/dana");

    var anonymous = resolve(site.anonymous(), url);
    assertThat(anonymous.status()).as("anonymous users resolve only what is known here").isEqualTo(404);
    assertThat(anonymous.error()).isEqualTo("couldnt_find_object");

    var r = resolve(user, url);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    var person = r.json().at("/person/person");
    assertThat(person.get("name").asString()).isEqualTo("dana");
    assertThat(person.get("display_name").asString()).isEqualTo("Dana Scully [she/her]");
    assertThat(person.get("local").asBoolean()).isFalse();
    assertThat(person.get("actor_id").asString()).isEqualTo(url);
    var row = site.sql().withHandle(h -> h.createQuery(
        "select display_name, pronouns::text, bio, inbox_url, shared_inbox_url, public_key <> '' as keyed, "
            + "(select domain from instance i where i.id = instance_id) as domain from person where actor_id = :a")
        .bind("a", url).mapToMap().one());
    assertThat(row).containsEntry("display_name", "Dana Scully").containsEntry("pronouns", "{she/her}")
        .containsEntry("bio", "I **want** to believe").containsEntry("inbox_url", url + "/inbox")
        .containsEntry("shared_inbox_url", remote.url("/inbox")).containsEntry("keyed", true)
        .containsEntry("domain", "localhost");

    assertThat(resolve(site.anonymous(), url).status()).as("now known, anyone resolves it").isEqualTo(200);
  }

  @Test
  void aCommunityByHandleThroughWebFinger() {
    var r = resolve(user, "!main@" + remote.hostname());
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    var c = r.json().at("/community/community");
    assertThat(c.get("actor_id").asString()).isEqualTo(main.id());
    assertThat(c.get("local").asBoolean()).isFalse();
    assertThat(r.json().at("/community/subscribed").asString()).isEqualTo("NotSubscribed");
    var urls = site.sql().withHandle(h -> h.createQuery(
            "select followers_url, moderators_url, featured_url, inbox_url from community where actor_id = :a")
        .bind("a", main.id()).mapToMap().one());
    assertThat(urls).containsEntry("followers_url", main.id() + "/followers")
        .containsEntry("moderators_url", main.id() + "/moderators").containsEntry("featured_url", main.id() + "/featured")
        .containsEntry("inbox_url", main.id() + "/inbox");

    var person = resolve(user, "@bob@" + remote.hostname());
    assertThat(person.status()).as(person.body()).isEqualTo(200);
    assertThat(person.json().at("/person/person/actor_id").asString()).isEqualTo(bob.id());
    assertThat(resolve(user, "@nobody@" + remote.hostname()).error()).isEqualTo("couldnt_find_object");
  }

  @Test
  void aCommentWithItsMissingParentsAndPost() {
    var r = resolve(user, remote.url("/comment/2"));
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    var comment = r.json().at("/comment");
    assertThat(comment.at("/comment/content").asString()).isEqualTo("second");
    assertThat(comment.at("/comment/local").asBoolean()).isFalse();
    assertThat(comment.at("/post/name").asString()).isEqualTo("A remote post");
    assertThat(comment.at("/community/actor_id").asString()).isEqualTo(main.id());
    assertThat(comment.at("/creator/actor_id").asString()).isEqualTo(bob.id());
    String path = comment.at("/comment/path").asString();
    assertThat(path.split("\\.")).as("the parent was fetched and threads above it").hasSize(3);
    var parentId = site.sql().withHandle(h -> h.createQuery("select id from comment where ap_id = :a")
        .bind("a", remote.url("/comment/1")).mapTo(Integer.class).one());
    assertThat(path).isEqualTo("0." + parentId + "." + comment.at("/comment/id").asInt());

    var post = resolve(user, remote.url("/post/1"));
    assertThat(post.json().at("/post/post/name").asString()).isEqualTo("A remote post");
    assertThat(post.json().at("/post/post/body").asString()).isEqualTo("text of A remote post");
    assertThat(post.json().at("/post/counts/comments").asInt()).isEqualTo(2);
  }

  @Test
  void aDocumentWhoseIdIsOnAnotherHostIsRefused() {
    var doc = ApJson.tree(remote.person("mallory").document());
    doc.put("id", "http://elsewhere.example/u/mallory");
    remote.serve("/u/mallory", doc);
    var r = resolve(user, remote.url("/u/mallory"));
    assertThat(r.status()).isEqualTo(404);
    assertThat(r.error()).isEqualTo("couldnt_find_object");
    int stored = site.sql().withHandle(h -> h.createQuery("select count(*) from person where name = 'mallory'")
        .mapTo(Integer.class).one());
    assertThat(stored).isZero();
  }

  @Test
  void aRedirectLeadsToTheOrigin() {
    remote.redirect("/copy/7", 308, remote.url("/post/1"));
    var r = resolve(user, remote.url("/copy/7"));
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(r.json().at("/post/post/ap_id").asString()).isEqualTo(remote.url("/post/1"));
  }

  @Test
  void blockedSitesAreNotAsked() {
    var admin = site.admin();
    admin.put("/api/v3/site", Map.of("blocked_instances", List.of("localhost")));
    try {
      int before = remote.requests().size();
      var r = resolve(user, remote.url("/u/nina"));
      assertThat(r.error()).isEqualTo("couldnt_find_object");
      assertThat(remote.requests()).hasSize(before);
    } finally {
      admin.put("/api/v3/site", Map.of("blocked_instances", List.of()));
    }
  }

  @Test
  void somethingGoneAtItsOriginIsNotFound() {
    remote.serve("/u/ghost", 410, ApJson.CONTENT_TYPE, "{\"type\":\"Tombstone\"}".getBytes());
    var r = resolve(user, remote.url("/u/ghost"));
    assertThat(r.status()).as(r.body()).isEqualTo(404);
    assertThat(r.error()).isEqualTo("couldnt_find_object");
  }
}
