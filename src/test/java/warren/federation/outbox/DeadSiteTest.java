package warren.federation.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A site that fails without a break for longer than the dead limit loses its queue and gets
 * nothing new, while the others go on; it lives again when a probe gets an answer or when it
 * sends us something.
 */
class DeadSiteTest {
  private static final Duration DEAD_AFTER = Duration.ofMillis(400);
  private static OutboxRig rig;
  private static OutboxSettings settings;

  @BeforeAll
  static void start() {
    rig = OutboxRig.start();
    var q = OutboxRig.quick();
    settings = new OutboxSettings(q.perSite(), q.total(), DEAD_AFTER, q.poll(), Duration.ofMillis(500),
        Duration.ofSeconds(5), Duration.ofMillis(20), Duration.ofMillis(100), Duration.ofMillis(50), q.keepActivities());
    rig.startWorkers(settings);
  }

  @AfterAll
  static void stop() {
    rig.close();
  }

  private static SiteState site(FakeInbox inbox) {
    return rig.jdbi().withHandle(h -> rig.outbox.sitesOfDomain(h, "127.0.0.1")).stream()
        .filter(s -> s.origin().equals(inbox.origin())).findFirst().orElseThrow();
  }

  private static long pendingFor(FakeInbox inbox) {
    return rig.jdbi().withHandle(h -> h.createQuery(
            "select count(*) from outbox_delivery d join outbox_site s on s.id = d.site_id where s.origin = :o")
        .bind("o", inbox.origin()).mapTo(Long.class).one());
  }

  @Test
  void aDeadSiteIsSkippedWhileOthersGoOnAndComesBackWhenAProbeGetsAnAnswer() {
    try (FakeInbox down = FakeInbox.down(rig.publicKey); FakeInbox fine = FakeInbox.start(rig.publicKey)) {
      for (int i = 0; i < 5; i++) rig.send(OutboxRig.activity("http://warren.test/post/" + i, down.inbox()));
      OutboxRig.await(Duration.ofSeconds(10), () -> site(down).dead());
      OutboxRig.await(Duration.ofSeconds(5), () -> pendingFor(down) == 0);
      assertThat(site(down).failCount()).isGreaterThan(1);
      assertThat(site(down).lastError()).isPresent();

      var whileDead = OutboxRig.activity("http://warren.test/post/9", down.inbox(), fine.inbox());
      int queued = rig.jdbi().inTransaction(h -> rig.outbox.enqueue(h, whileDead));
      assertThat(queued).as("only the live site").isEqualTo(1);
      OutboxRig.await(Duration.ofSeconds(5), () -> fine.count(whileDead.id().toString()) == 1);

      var maintenance = rig.maintenance(settings);
      assertThat(maintenance.probeDeadSites()).as("still down").isEmpty();
      down.up();
      OutboxRig.await(Duration.ofSeconds(5), () -> maintenance.probeDeadSites().contains(down.origin()));
      assertThat(site(down).dead()).isFalse();
      assertThat(site(down).failCount()).isZero();

      var afterwards = rig.send(OutboxRig.activity("http://warren.test/post/10", down.inbox()));
      OutboxRig.await(Duration.ofSeconds(5), () -> down.count(afterwards.id().toString()) == 1);
      assertThat(down.received()).filteredOn(r -> !r.activityId().isEmpty())
          .as("what was queued while it was dead is gone for good").hasSize(1);
    }
  }

  @Test
  void aDeadSiteThatSendsUsSomethingIsAliveAgain() {
    try (FakeInbox inbox = FakeInbox.down(rig.publicKey)) {
      rig.send(OutboxRig.activity("http://warren.test/post/20", inbox.inbox()));
      OutboxRig.await(Duration.ofSeconds(10), () -> site(inbox).dead());

      inbox.up();
      boolean revived = rig.jdbi().inTransaction(h -> rig.outbox.siteAnswered(h, inbox.origin() + "/"));
      assertThat(revived).isTrue();
      var next = rig.send(OutboxRig.activity("http://warren.test/post/21", inbox.inbox()));
      OutboxRig.await(Duration.ofSeconds(5), () -> inbox.count(next.id().toString()) == 1);
      assertThat(site(inbox).dead()).isFalse();
    }
  }
}
