package warren.federation.objects;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import warren.store.community.Community;
import warren.testing.ApDocs;
import warren.testing.ApiClient;
import warren.testing.FakeRemote;
import warren.testing.TestSite;

/** A remote community's outbox and featured posts read on demand, and the list of federated sites. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RemoteCollectionsTest {
  private TestSite site;
  private FakeRemote remote;
  private ApiClient user;
  private FakeRemote.RemoteActor bob;
  private FakeRemote.RemoteActor news;

  @BeforeAll
  void start() {
    site = TestSite.start();
    site.admin().put("/api/v3/site", Map.of("registration_mode", "Open"));
    user = site.anonymous().register("reader", "password-123");
    remote = FakeRemote.start();
    bob = remote.person("bob");
    news = remote.group("news");
  }

  @AfterAll
  void stop() {
    site.close();
    remote.close();
  }

  private Community community() {
    user.get("/api/v3/resolve_object", Map.of("q", news.id()));
    return site.services().inbound().remote().communities().known(news.id()).orElseThrow();
  }

  private JsonNode announced(int n, String title) {
    var page = ApDocs.page(remote.url("/post/" + n), bob.id(), news.id(), title);
    return ApDocs.announce(news, ApDocs.inCommunity("Create", bob, page, news.id()));
  }

  @Test
  void theOutboxFillsTheCommunity() {
    ObjectNode outbox = ApDocs.object().put("type", "OrderedCollection").put("id", news.id() + "/outbox")
        .put("totalItems", 3);
    var items = outbox.putArray("orderedItems");
    items.add(announced(1, "First"));
    items.add(announced(2, "Second"));
    items.add(ApDocs.announce(news, ApDocs.inCommunity("Like", bob, remote.url("/post/1"), news.id())));
    remote.serve("/c/news/outbox", outbox);

    int stored = site.services().inbound().remote().communities().fetchOutbox(community());
    assertThat(stored).isEqualTo(2);
    var titles = site.sql().withHandle(h -> h.createQuery(
        "select p.name from post p join community c on c.id = p.community_id where c.actor_id = :c"
            + " and p.ap_id in (:a, :b) order by p.name")
        .bind("c", news.id()).bind("a", remote.url("/post/1")).bind("b", remote.url("/post/2"))
        .mapTo(String.class).list());
    assertThat(titles).containsExactly("First", "Second");
  }

  @Test
  void theFeaturedCollectionDecidesWhatIsPinned() {
    remote.serve("/post/10", ApDocs.page(remote.url("/post/10"), bob.id(), news.id(), "Pinned"));
    remote.serve("/post/11", ApDocs.page(remote.url("/post/11"), bob.id(), news.id(), "Not any more"));
    var featured = site.services().inbound().remote();
    Community c = community();
    ObjectNode collection = ApDocs.object().put("type", "OrderedCollection").put("id", news.id() + "/featured");
    collection.putArray("orderedItems").add(ApDocs.page(remote.url("/post/11"), bob.id(), news.id(), "Not any more"));
    remote.serve("/c/news/featured", collection);
    assertThat(featured.communities().fetchFeatured(c)).isEqualTo(1);

    collection.putArray("orderedItems").add(ApDocs.page(remote.url("/post/10"), bob.id(), news.id(), "Pinned"));
    remote.serve("/c/news/featured", collection);
    assertThat(featured.communities().fetchFeatured(c)).isEqualTo(1);
    var pinned = site.sql().withHandle(h -> h.createQuery(
        "select ap_id from post where featured_community and community_id = :c").bind("c", c.id())
        .mapTo(String.class).list());
    assertThat(pinned).containsExactly(remote.url("/post/10"));
  }

  @Test
  void federatedInstancesListsLinkedAllowedAndBlocked() {
    user.get("/api/v3/resolve_object", Map.of("q", bob.id()));
    var admin = site.admin();
    admin.put("/api/v3/site", Map.of("blocked_instances", List.of("evil.example"),
        "allowed_instances", List.of("friend.example", "localhost")));
    try {
      var r = site.anonymous().get("/api/v3/federated_instances");
      assertThat(r.status()).isEqualTo(200);
      var lists = r.json().get("federated_instances");
      assertThat(domains(lists.get("linked"))).contains("localhost", "friend.example").doesNotContain("warren.test");
      assertThat(domains(lists.get("allowed"))).containsExactlyInAnyOrder("localhost", "friend.example");
      assertThat(domains(lists.get("blocked"))).containsExactly("evil.example");
      assertThat(lists.get("linked").get(0).has("published")).isTrue();
    } finally {
      admin.put("/api/v3/site", Map.of("blocked_instances", List.of(), "allowed_instances", List.of()));
    }
  }

  private static List<String> domains(JsonNode list) {
    return list.valueStream().map(i -> i.get("domain").asString()).toList();
  }
}
