package warren.federation.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * One activity a live site keeps failing on holds up nothing else, and is given up when its
 * activity's keep period ends; the site stays healthy.
 */
class PoisonActivityTest {

  @Test
  void anActivityASiteAlwaysFailsOnIsGivenUpWhileTheRestFlows() {
    try (OutboxRig rig = OutboxRig.start(); FakeInbox inbox = FakeInbox.start(rig.publicKey)) {
      var q = OutboxRig.quick();
      rig.startWorkers(new OutboxSettings(q.perSite(), q.total(), q.deadAfter(), q.poll(), q.requestTimeout(),
          q.lease(), q.retryBase(), q.retryMax(), q.probeEvery(), Duration.ofMillis(600)));
      var poison = OutboxRig.activity("http://warren.test/post/poison", inbox.inbox());
      inbox.answer(id -> id.equals(poison.id().toString()) ? 500 : 200);
      rig.send(poison);
      var others = java.util.stream.IntStream.range(0, 5)
          .mapToObj(i -> rig.send(OutboxRig.activity("http://warren.test/post/" + i, inbox.inbox()))).toList();

      OutboxRig.await(Duration.ofSeconds(5), () -> others.stream().allMatch(a -> inbox.count(a.id().toString()) == 1));
      OutboxRig.await(Duration.ofSeconds(5), () -> rig.pending() == 0);
      assertThat(inbox.count(poison.id().toString())).as("retried, then given up").isGreaterThan(2);
      var site = rig.jdbi().withHandle(h -> rig.outbox.sitesOfDomain(h, "127.0.0.1")).getFirst();
      assertThat(site.dead()).isFalse();
    }
  }
}
