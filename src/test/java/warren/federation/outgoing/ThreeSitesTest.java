package warren.federation.outgoing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;
import warren.testing.ApiClient;
import warren.testing.TestSite;

/**
 * Three real Warrens over real HTTP, each on its own loopback address and so its own domain.
 * Alpha hosts a community; beta and gamma follow it. What beta does there reaches alpha at its
 * inbox and gamma through alpha's Announce; what alpha's moderators do reaches both.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ThreeSitesTest {
  static TestSite alpha;
  static TestSite beta;
  static TestSite gamma;
  static ApiClient a;
  static ApiClient b;
  static ApiClient g;
  static String communityUrl;
  static int betaCommunityId;
  static int gammaCommunityId;
  static String postUrl;
  static String commentUrl;

  @BeforeAll
  static void start() {
    alpha = TestSite.federating("127.0.0.2");
    beta = TestSite.federating("127.0.0.3");
    gamma = TestSite.federating("127.0.0.4");
    a = alpha.admin();
    b = beta.admin();
    g = gamma.admin();
    JsonNode c = a.post("/api/v3/community", Map.of("name", "cats", "title", "Cats")).json();
    communityUrl = c.at("/community_view/community/actor_id").asString();
  }

  @AfterAll
  static void stop() {
    for (TestSite s : new TestSite[] {alpha, beta, gamma}) if (s != null) s.close();
  }

  @Test
  @Order(1)
  void aFollowIsPendingUntilTheAcceptArrives() {
    assertThat(communityUrl).startsWith(alpha.origin() + "/c/cats");
    betaCommunityId = resolve(b, communityUrl).at("/community/community/id").asInt();
    gammaCommunityId = resolve(g, communityUrl).at("/community/community/id").asInt();
    // As Lemmy: a remote community counts what its followers collection said when it was read
    // (the creator alone here), and a follow from this site does not add to that.
    eventually(() -> community(b, betaCommunityId).at("/community_view/counts/subscribers").asInt() == 1);
    JsonNode followed = b.post("/api/v3/community/follow", Map.of("community_id", betaCommunityId, "follow", true)).json();
    assertThat(followed.at("/community_view/subscribed").asString()).isIn("Pending", "Subscribed");
    g.post("/api/v3/community/follow", Map.of("community_id", gammaCommunityId, "follow", true));
    eventually(() -> "Subscribed".equals(community(b, betaCommunityId).at("/community_view/subscribed").asString()));
    eventually(() -> "Subscribed".equals(community(g, gammaCommunityId).at("/community_view/subscribed").asString()));
    eventually(() -> community(a, 0).at("/community_view/counts/subscribers").asInt() == 3);
    assertThat(community(b, betaCommunityId).at("/community_view/counts/subscribers").asInt()).isEqualTo(1);
  }

  @Test
  @Order(2)
  void aPostInARemoteCommunityReachesItsHomeAndIsAnnouncedOn() {
    JsonNode post = b.post("/api/v3/post", Map.of("community_id", betaCommunityId, "name", "A cat",
        "body", "purr")).json();
    postUrl = post.at("/post_view/post/ap_id").asString();
    assertThat(postUrl).startsWith(beta.origin());
    eventually(() -> known(a, postUrl));
    eventually(() -> known(g, postUrl));
  }

  @Test
  @Order(3)
  void commentsRepliesAndVotesTravel() {
    int alphaPostId = resolve(a, postUrl).at("/post/post/id").asInt();
    JsonNode comment = a.post("/api/v3/comment", Map.of("post_id", alphaPostId, "content", "nice cat")).json();
    commentUrl = comment.at("/comment_view/comment/ap_id").asString();
    eventually(() -> known(b, commentUrl));
    eventually(() -> known(g, commentUrl));
    int betaCommentId = resolve(b, commentUrl).at("/comment/comment/id").asInt();
    int betaPostId = resolve(b, postUrl).at("/post/post/id").asInt();
    JsonNode reply = b.post("/api/v3/comment", Map.of("post_id", betaPostId, "parent_id", betaCommentId,
        "content", "thanks")).json();
    String replyUrl = reply.at("/comment_view/comment/ap_id").asString();
    eventually(() -> known(a, replyUrl));
    eventually(() -> known(g, replyUrl));
    g.post("/api/v3/post/like", Map.of("post_id", resolve(g, postUrl).at("/post/post/id").asInt(), "score", 1));
    eventually(() -> resolve(a, postUrl).at("/post/counts/score").asInt() == 2);
    eventually(() -> resolve(b, postUrl).at("/post/counts/score").asInt() == 2);
  }

  @Test
  @Order(4)
  void editsDeletesAndRestoresTravel() {
    int betaPostId = resolve(b, postUrl).at("/post/post/id").asInt();
    b.put("/api/v3/post", Map.of("post_id", betaPostId, "name", "A fat cat"));
    eventually(() -> "A fat cat".equals(resolve(g, postUrl).at("/post/post/name").asString()));
    int alphaCommentId = resolve(a, commentUrl).at("/comment/comment/id").asInt();
    a.post("/api/v3/comment/delete", Map.of("comment_id", alphaCommentId, "deleted", true));
    // A deleted comment resolves to nothing, as in Lemmy.
    eventually(() -> !known(b, commentUrl));
    a.post("/api/v3/comment/delete", Map.of("comment_id", alphaCommentId, "deleted", false));
    eventually(() -> known(b, commentUrl));
    assertThat(resolve(b, commentUrl).at("/comment/comment/deleted").asBoolean()).isFalse();
  }

  @Test
  @Order(5)
  void moderatorsLockFeatureEditAndAddModerators() {
    int alphaPostId = resolve(a, postUrl).at("/post/post/id").asInt();
    a.post("/api/v3/post/lock", Map.of("post_id", alphaPostId, "locked", true));
    eventually(() -> resolve(b, postUrl).at("/post/post/locked").asBoolean());
    a.post("/api/v3/post/feature", Map.of("post_id", alphaPostId, "featured", true, "feature_type", "Community"));
    eventually(() -> resolve(g, postUrl).at("/post/post/featured_community").asBoolean());
    int alphaCommunityId = community(a, 0).at("/community_view/community/id").asInt();
    a.put("/api/v3/community", Map.of("community_id", alphaCommunityId, "title", "Cats and kittens"));
    eventually(() -> "Cats and kittens".equals(community(b, betaCommunityId).at("/community_view/community/title")
        .asString()));
    int betaAdminOnAlpha = resolve(a, beta.origin() + "/u/" + TestSite.ADMIN).at("/person/person/id").asInt();
    JsonNode mods = a.post("/api/v3/community/mod", Map.of("community_id", alphaCommunityId,
        "person_id", betaAdminOnAlpha, "added", true)).json();
    assertThat(mods.at("/moderators").size()).isEqualTo(2);
    eventually(() -> community(g, gammaCommunityId).at("/moderators").size() == 2);
  }

  @Test
  @Order(6)
  void aLocalOnlyCommunityNeverFederates() {
    JsonNode c = a.post("/api/v3/community", Map.of("name", "private", "title", "Private",
        "visibility", "LocalOnly")).json();
    int id = c.at("/community_view/community/id").asInt();
    long before = sent(alpha);
    a.post("/api/v3/post", Map.of("community_id", id, "name", "Only here"));
    a.put("/api/v3/community", Map.of("community_id", id, "title", "Still private"));
    assertThat(sent(alpha)).isEqualTo(before);
  }

  @Test
  @Order(7)
  void federationStateShowsTheSitesDeliveredTo() {
    JsonNode linked = a.get("/api/v3/federated_instances").json().at("/federated_instances/linked");
    assertThat(linked.toString()).contains("127.0.0.3").contains("federation_state");
  }

  @Test
  @Order(8)
  void pronounsTravelInTheDisplayNameAndAsAProfileField() throws Exception {
    a.put("/api/v3/site", Map.of("registration_mode", "Open"));
    ApiClient joey = alpha.anonymous().register("joey", "joey-password-1");
    assertThat(joey.put("/api/v3/user/save_user_settings", Map.of("display_name", "Joey [they/them]")).status())
        .isEqualTo(200);
    var http = java.net.http.HttpClient.newHttpClient();
    var actor = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(alpha.baseUrl() + "/u/joey"))
        .header("Accept", "application/activity+json").build(), java.net.http.HttpResponse.BodyHandlers.ofString());
    JsonNode person = tools.jackson.databind.json.JsonMapper.builder().build().readTree(actor.body());
    assertThat(person.path("name").asString()).isEqualTo("Joey [they/them]");
    assertThat(person.at("/attachment/0/type").asString()).isEqualTo("PropertyValue");
    assertThat(person.at("/attachment/0/name").asString()).isEqualTo("Pronouns");
    assertThat(person.at("/attachment/0/value").asString()).isEqualTo("they/them");
    JsonNode onBeta = resolve(b, alpha.origin() + "/u/joey").at("/person/person");
    assertThat(onBeta.path("display_name").asString()).isEqualTo("Joey [they/them]");
    String stored = beta.sql().withHandle(h -> h.createQuery("select pronouns::text from person where name = 'joey'")
        .mapTo(String.class).one());
    assertThat(stored).isEqualTo("{they/them}");
  }

  @Test
  @Order(9)
  void anAdminsRemovalOfACommunityReachesItsFollowers() {
    int alphaId = community(a, 0).at("/community_view/community/id").asInt();
    var removed = a.post("/api/v3/community/remove", Map.of("community_id", alphaId, "removed", true, "reason", "spam"));
    assertThat(removed.status()).as(removed.body()).isEqualTo(200);
    eventually(() -> removedOnBeta());
    a.post("/api/v3/community/remove", Map.of("community_id", alphaId, "removed", false));
    eventually(() -> !removedOnBeta());
  }

  @Test
  @Order(10)
  void aModeratorsBanReachesTheOtherSites() {
    int alphaId = community(a, 0).at("/community_view/community/id").asInt();
    String bAdmin = b.get("/api/v3/site").json().at("/my_user/local_user_view/person/actor_id").asString();
    int onAlpha = resolve(a, bAdmin).at("/person/person/id").asInt();
    var r = a.post("/api/v3/community/ban_user", Map.of("community_id", alphaId, "person_id", onAlpha, "ban", true,
        "reason", "rude", "remove_data", true));
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    eventually(() -> bannedOnBeta());
    eventually(() -> removedOnBeta(postUrl));
    assertThat(b.post("/api/v3/post", Map.of("community_id", betaCommunityId, "name", "Let me in")).error())
        .isEqualTo("banned_from_community");
    a.post("/api/v3/community/ban_user", Map.of("community_id", alphaId, "person_id", onAlpha, "ban", false));
    eventually(() -> !bannedOnBeta());
  }

  @Test
  @Order(11)
  void aSitesBanOfItsOwnPersonReachesTheOtherSites() {
    ApiClient joey = alpha.anonymous().login("joey", "joey-password-1");
    int alphaId = community(a, 0).at("/community_view/community/id").asInt();
    String post = joey.post("/api/v3/post", Map.of("community_id", alphaId, "name", "Joey's post")).json()
        .at("/post_view/post/ap_id").asString();
    eventually(() -> known(g, post)); // beta follows no more: its admin was banned above
    int joeyId = joey.get("/api/v3/site").json().at("/my_user/local_user_view/person/id").asInt();
    var r = a.post("/api/v3/user/ban", Map.of("person_id", joeyId, "ban", true, "remove_data", true));
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    eventually(() -> resolve(g, alpha.origin() + "/u/joey").at("/person/person/banned").asBoolean());
    eventually(() -> removedOn(gamma, post));
    a.post("/api/v3/user/ban", Map.of("person_id", joeyId, "ban", false, "remove_data", true));
    eventually(() -> !resolve(g, alpha.origin() + "/u/joey").at("/person/person/banned").asBoolean());
    eventually(() -> !removedOn(gamma, post));
  }

  @Test
  @Order(12)
  void aSitesBanOfAnotherSitesPersonRemovesTheirContentInItsCommunities() {
    String dogs = b.post("/api/v3/community", Map.of("name", "dogs", "title", "Dogs")).json()
        .at("/community_view/community/actor_id").asString();
    int dogsOnAlpha = resolve(a, dogs).at("/community/community/id").asInt();
    a.post("/api/v3/community/follow", Map.of("community_id", dogsOnAlpha, "follow", true));
    eventually(() -> "Subscribed".equals(community(a, dogsOnAlpha).at("/community_view/subscribed").asString()));
    String post = a.post("/api/v3/post", Map.of("community_id", dogsOnAlpha, "name", "Woof")).json()
        .at("/post_view/post/ap_id").asString();
    eventually(() -> known(b, post));
    String aAdmin = a.get("/api/v3/site").json().at("/my_user/local_user_view/person/actor_id").asString();
    int onBeta = resolve(b, aAdmin).at("/person/person/id").asInt();
    var r = b.post("/api/v3/user/ban", Map.of("person_id", onBeta, "ban", true, "remove_data", true));
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    eventually(() -> removedOn(alpha, post));
    assertThat(a.get("/api/v3/site").json().at("/my_user/local_user_view/person/banned").asBoolean())
        .as("not banned at home").isFalse();
  }

  private static boolean removedOnBeta(String postApId) {
    return removedOn(beta, postApId);
  }

  private static boolean removedOn(TestSite site, String postApId) {
    return site.sql().withHandle(h -> h.createQuery("select removed from post where ap_id = :u").bind("u", postApId)
        .mapTo(Boolean.class).one());
  }

  private static boolean bannedOnBeta() {
    return beta.sql().withHandle(h -> h.createQuery("""
            select count(*) from community_actions ca join person p on p.id = ca.person_id
            where ca.community_id = :c and p.local and ca.received_ban is not null""")
        .bind("c", betaCommunityId).mapTo(Integer.class).one()) > 0;
  }

  private static boolean removedOnBeta() {
    return beta.sql().withHandle(h -> h.createQuery("select removed from community where id = :id")
        .bind("id", betaCommunityId).mapTo(Boolean.class).one());
  }

  private static long sent(TestSite s) {
    return s.sql().withHandle(h -> h.createQuery("select count(*) from sent_activity").mapTo(Long.class).one());
  }

  private static JsonNode community(ApiClient as, int id) {
    return id == 0 ? as.get("/api/v3/community", Map.of("name", "cats")).json()
        : as.get("/api/v3/community", Map.of("id", id)).json();
  }

  private static JsonNode resolve(ApiClient as, String q) {
    ApiClient.Reply r = as.get("/api/v3/resolve_object", Map.of("q", q));
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.json();
  }

  /** Known to the site already: resolved anonymously, which never fetches. */
  private static boolean known(ApiClient as, String url) {
    TestSite site = as == a ? alpha : as == b ? beta : gamma;
    return site.anonymous().get("/api/v3/resolve_object", Map.of("q", url)).status() == 200;
  }

  private static void eventually(Supplier<Boolean> condition) {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (!Boolean.TRUE.equals(condition.get())) {
      if (System.nanoTime() > deadline) throw new AssertionError("not within 10 s");
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        throw new AssertionError(e);
      }
    }
  }
}
