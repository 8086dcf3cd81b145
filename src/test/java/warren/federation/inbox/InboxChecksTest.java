package warren.federation.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import warren.federation.httpsig.SigningKey;
import warren.support.crypto.RsaKeys;
import warren.testing.ApDocs;

/** What the inbox refuses before anything is written, and what it takes and ignores. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InboxChecksTest {
  private InboxRig rig;
  private int postId;
  private String postApId;

  @BeforeAll
  void start() {
    rig = new InboxRig();
    postId = rig.localPost("Vote on me");
    postApId = "http://warren.test/post/" + postId;
  }

  @AfterAll
  void stop() {
    rig.close();
  }

  private JsonNode like() {
    return ApDocs.inCommunity("Like", rig.bob, postApId, rig.localActor);
  }

  private long score() {
    return rig.count("select score from post where id = ?", postId);
  }

  private long received() {
    return rig.count("select count(*) from received_activity");
  }

  private static void assertRefused(HttpResponse<String> r, int status) {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
    assertThat(r.body()).contains("\"error\"");
  }

  @Test
  void aForgedSignatureIsRefusedAndNothingIsWritten() throws Exception {
    long before = score();
    long activities = received();
    var forged = new SigningKey(rig.bob.keyId(), SigningKey.of(rig.bob.id(), RsaKeys.generate().privatePem()).privateKey());
    var r = rig.sendSigned(forged, InboxRig.bytes(like()), Instant.now());
    assertRefused(r, 400);
    assertThat(r.body()).contains("invalid signature");
    assertThat(score()).isEqualTo(before);
    assertThat(received()).isEqualTo(activities);
  }

  @Test
  void aKeyOfAnotherActorIsRefused() throws Exception {
    long before = score();
    // eve signs bob's Like with her own, valid key.
    var r = rig.sendSigned(rig.eve.signingKey(), InboxRig.bytes(like()), Instant.now());
    assertRefused(r, 400);
    assertThat(score()).isEqualTo(before);
  }

  @Test
  void aStaleDateIsRefused() throws Exception {
    long before = score();
    var r = rig.sendSigned(rig.bob.signingKey(), InboxRig.bytes(like()), Instant.now().minus(Duration.ofHours(2)));
    assertRefused(r, 400);
    assertThat(score()).isEqualTo(before);
  }

  @Test
  void aReplayedActivityIsAppliedOnce() {
    int post = rig.localPost("Replay");
    var like = ApDocs.inCommunity("Like", rig.eve, "http://warren.test/post/" + post, rig.localActor);
    rig.ok(rig.eve, like);
    long after = rig.count("select score from post where id = ?", post);
    assertThat(after).as("carol's own vote and eve's").isEqualTo(2);
    var again = rig.send(rig.eve, like);
    assertRefused(again, 400);
    assertThat(rig.count("select score from post where id = ?", post)).isEqualTo(after);
  }

  @Test
  void aRepeatIsRefusedByItsRecordedIdWithoutFetchingAgain() {
    // The first copy fetches the remote post it votes on; the repeat finds it here and is refused
    // when its id is found recorded, with nothing applied twice.
    String post = rig.remotePost(700, rig.bob, "Fetched once");
    var like = ApDocs.inCommunity("Like", rig.eve, post, rig.main.id());
    rig.ok(rig.eve, like);
    long fetches = rig.remote.requests().stream().filter(r -> r.path().equals("/post/700")).count();
    assertThat(fetches).isPositive();
    var again = rig.send(rig.eve, like);
    assertRefused(again, 400);
    assertThat(again.body()).contains("already received");
    assertThat(rig.remote.requests().stream().filter(r -> r.path().equals("/post/700")).count()).isEqualTo(fetches);
    assertThat(rig.row("select score, upvotes from post where ap_id = ?", post)).as("bob's own vote and eve's")
        .containsEntry("score", 2L).containsEntry("upvotes", 2L);
  }

  @Test
  void aPersonBannedFromTheCommunityCannotVoteInIt() {
    int post = rig.localPost("Votes and bans");
    String postId = "http://warren.test/post/" + post;
    var first = ApDocs.inCommunity("Dislike", rig.bob, postId, rig.localActor);
    rig.ok(rig.bob, first); // bob is known here from now on
    long bobId = rig.count("select id from person where actor_id = ?", rig.bob.id());
    assertThat(rig.carol.post("/api/v3/community/ban_user", Map.of("community_id", rig.localId, "person_id", bobId,
        "ban", true)).status()).isEqualTo(200);
    try {
      var r = rig.send(rig.bob, ApDocs.inCommunity("Like", rig.bob, postId, rig.localActor));
      assertRefused(r, 400);
      assertThat(r.body()).contains("banned_from_community");
      assertThat(rig.count("select score from post where id = ?", post)).as("carol's vote and bob's first").isZero();
    } finally {
      rig.carol.post("/api/v3/community/ban_user", Map.of("community_id", rig.localId, "person_id", bobId,
          "ban", false));
    }
    rig.ok(rig.bob, ApDocs.inCommunity("Like", rig.bob, postId, rig.localActor));
    assertThat(rig.count("select score from post where id = ?", post)).isEqualTo(2);
  }

  @Test
  void blockedSitesAreRefused() {
    var admin = rig.site.admin();
    admin.put("/api/v3/site", Map.of("blocked_instances", List.of("localhost")));
    try {
      long before = score();
      var r = rig.send(rig.bob, like());
      assertRefused(r, 400);
      assertThat(r.body()).contains("domain_blocked");
      assertThat(score()).isEqualTo(before);
    } finally {
      admin.put("/api/v3/site", Map.of("blocked_instances", List.of()));
    }
  }

  @Test
  void anAllowListLeavesOthersOut() {
    var admin = rig.site.admin();
    admin.put("/api/v3/site", Map.of("allowed_instances", List.of("lemmy.example")));
    try {
      var r = rig.send(rig.bob, like());
      assertRefused(r, 400);
      assertThat(r.body()).contains("domain_not_in_allow_list");
    } finally {
      admin.put("/api/v3/site", Map.of("allowed_instances", List.of()));
    }
    admin.put("/api/v3/site", Map.of("allowed_instances", List.of("localhost")));
    try {
      int post = rig.localPost("Allowed");
      rig.ok(rig.bob, ApDocs.inCommunity("Like", rig.bob, "http://warren.test/post/" + post, rig.localActor));
    } finally {
      admin.put("/api/v3/site", Map.of("allowed_instances", List.of()));
    }
  }

  @Test
  void unknownTypesAreTakenAndIgnored() {
    long activities = received();
    var move = ApDocs.activity("Move", rig.bob, rig.bob.id());
    var r = rig.send(rig.bob, move);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    assertThat(received()).isEqualTo(activities);
  }

  @Test
  void malformedBodiesGet400() {
    var r = ApDocs.send(rig.site, "/inbox", rig.bob, "{not json".getBytes(StandardCharsets.UTF_8));
    assertRefused(r, 400);
    var noActor = ApDocs.object().put("type", "Like").put("id", rig.remote.url("/activities/like/x"));
    assertRefused(rig.send(rig.bob, noActor), 400);
    // A Like whose id is on another site than its actor.
    var elsewhere = like().deepCopy();
    ((tools.jackson.databind.node.ObjectNode) elsewhere).put("id", "http://elsewhere.example/activities/like/1");
    assertRefused(rig.send(rig.bob, elsewhere), 400);
  }

  @Test
  void unsignedAndWrongContentTypeAreRefused() throws Exception {
    var http = HttpClient.newHttpClient();
    var unsigned = http.send(HttpRequest.newBuilder(URI.create(rig.site.baseUrl() + "/inbox"))
        .header("Content-Type", "application/activity+json")
        .POST(HttpRequest.BodyPublishers.ofByteArray(InboxRig.bytes(like()))).build(), HttpResponse.BodyHandlers.ofString());
    assertRefused(unsigned, 400);
    var text = http.send(HttpRequest.newBuilder(URI.create(rig.site.baseUrl() + "/inbox"))
        .header("Content-Type", "text/plain")
        .POST(HttpRequest.BodyPublishers.ofString("hello")).build(), HttpResponse.BodyHandlers.ofString());
    assertRefused(text, 415);
  }

  @Test
  void personAndCommunityInboxesExistForLocalOnesOnly() {
    var r = ApDocs.send(rig.site, "/c/local/inbox", rig.bob, InboxRig.bytes(like()));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    var missing = ApDocs.send(rig.site, "/c/nowhere/inbox", rig.bob,
        InboxRig.bytes(ApDocs.inCommunity("Like", rig.bob, postApId, rig.localActor)));
    assertRefused(missing, 404);
  }

  @Test
  void receivedIdsArePrunedAfterAWeek() {
    rig.site.sql().useHandle(h -> h.execute(
        "insert into received_activity (ap_id, published) values ('http://old.example/a/1', now() - interval '8 days')"));
    int pruned = rig.site.services().inbound().inbox().prune();
    assertThat(pruned).isEqualTo(1);
    assertThat(rig.count("select count(*) from received_activity where ap_id = 'http://old.example/a/1'")).isZero();
    assertThat(received()).as("this week's ids stay").isPositive();
  }
}
