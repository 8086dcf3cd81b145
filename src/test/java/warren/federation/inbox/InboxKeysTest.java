package warren.federation.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import warren.support.crypto.RsaKeys;
import warren.testing.ApDocs;
import warren.testing.FakeRemote;

/** Keys kept between activities, and repeats that race: what a busy peer's deliveries meet. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InboxKeysTest {
  @AutoClose
  private final InboxRig rig = new InboxRig();

  private JsonNode like(FakeRemote.RemoteActor actor, int post) {
    return ApDocs.inCommunity("Like", actor, "http://warren.test/post/" + post, rig.localActor);
  }

  private long fetchesOf(FakeRemote.RemoteActor actor) {
    String path = actor.id().substring(rig.remote.origin().length());
    return rig.remote.requests().stream().filter(r -> r.method().equals("GET") && r.path().equals(path)).count();
  }

  @Test
  void aKnownKeyIsNotFetchedAgainAndARotatedOneIs() {
    FakeRemote.RemoteActor dave = rig.remote.person("dave");
    rig.ok(dave, like(dave, rig.localPost("First")));
    long fetched = fetchesOf(dave);
    assertThat(fetched).as("dave's actor, fetched at his first activity").isPositive();
    rig.ok(dave, like(dave, rig.localPost("Second")));
    assertThat(fetchesOf(dave)).as("his key is kept").isEqualTo(fetched);

    // dave's site changes his key; the stored and cached one no longer verifies.
    var rotated = new FakeRemote.RemoteActor(rig.remote, dave.id(), dave.name(), dave.type(), RsaKeys.generate());
    rig.remote.serve("/u/dave", rotated.document());
    int third = rig.localPost("Third");
    rig.ok(rotated, like(rotated, third));
    assertThat(fetchesOf(dave)).as("fetched once more for the new key").isEqualTo(fetched + 1);
    assertThat(rig.count("select score from post where id = ?", third)).isEqualTo(2);
    rig.ok(rotated, like(rotated, rig.localPost("Fourth")));
    assertThat(fetchesOf(dave)).as("the new key is kept").isEqualTo(fetched + 1);

    var old = rig.send(dave, like(dave, rig.localPost("Fifth")));
    assertThat(old.statusCode()).as("the old key no longer speaks for dave").isEqualTo(400);
  }

  @Test
  void copiesDeliveredAtOnceApplyOnce() throws Exception {
    int post = rig.localPost("Raced");
    rig.ok(rig.eve, like(rig.eve, rig.localPost("Warm")));
    JsonNode like = like(rig.eve, post);
    long receivedBefore = rig.count("select count(*) from received_activity");
    List<Future<HttpResponse<String>>> answers = new ArrayList<>();
    try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
      Callable<HttpResponse<String>> send = () -> rig.send(rig.eve, like);
      for (int i = 0; i < 8; i++) answers.add(pool.submit(send));
    }
    int taken = 0;
    for (var a : answers) {
      HttpResponse<String> r = a.get();
      if (r.statusCode() == 200) taken++;
      else assertThat(r.body()).as("a refused copy").contains("already received");
    }
    assertThat(taken).isEqualTo(1);
    assertThat(rig.count("select score from post where id = ?", post)).as("carol's own vote and eve's").isEqualTo(2);
    assertThat(rig.count("select count(*) from received_activity")).isEqualTo(receivedBefore + 1);
  }
}
