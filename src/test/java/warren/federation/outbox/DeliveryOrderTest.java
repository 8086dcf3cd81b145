package warren.federation.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Each object's activities reach a site in order, while different objects go in parallel. */
class DeliveryOrderTest {
  private static final int PER_SITE = 4;
  private static OutboxRig rig;
  private static FakeInbox inbox;

  @BeforeAll
  static void start() {
    rig = OutboxRig.start();
    inbox = FakeInbox.start(rig.publicKey).delay(Duration.ofMillis(30));
    var q = OutboxRig.quick();
    rig.startWorkers(new OutboxSettings(PER_SITE, q.total(), q.deadAfter(), q.poll(), q.requestTimeout(), q.lease(),
        q.retryBase(), q.retryMax(), q.probeEvery(), q.keepActivities()));
  }

  @AfterAll
  static void stop() {
    inbox.close();
    rig.close();
  }

  @Test
  void orderPerObjectEvenAcrossRetriesAndParallelAcrossObjects() {
    // The first activity of every object fails once: the ones after it must wait for its retry.
    Set<String> failedOnce = ConcurrentHashMap.newKeySet();
    Set<String> firsts = ConcurrentHashMap.newKeySet();
    inbox.answer(id -> firsts.contains(id) && failedOnce.add(id) ? 503 : 200);

    Map<String, List<String>> sentByObject = new HashMap<>();
    for (int round = 0; round < 6; round++) {
      for (int object = 0; object < 5; object++) {
        String key = "http://warren.test/comment/" + object;
        var a = OutboxRig.activity(key, inbox.inbox());
        if (round == 0) firsts.add(a.id().toString());
        sentByObject.computeIfAbsent(key, k -> new ArrayList<>()).add(a.id().toString());
        rig.send(a);
      }
    }

    OutboxRig.await(Duration.ofSeconds(20), () -> inbox.accepted().size() == 30);
    List<String> arrived = inbox.accepted();
    sentByObject.forEach((key, ids) ->
        assertThat(arrived.stream().filter(ids::contains).toList()).as("order of " + key).containsExactlyElementsOf(ids));
    assertThat(failedOnce).hasSize(5);
    assertThat(inbox.maxConcurrent()).as("objects in parallel, within the site's limit").isBetween(2, PER_SITE);
    OutboxRig.await(Duration.ofSeconds(2), () -> rig.pending() == 0);
  }
}
