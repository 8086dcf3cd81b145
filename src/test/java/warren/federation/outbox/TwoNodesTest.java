package warren.federation.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Two nodes, each with its own connection pool and workers, share one queue: every delivery is
 * sent exactly once, both nodes take part, and a site's limit holds over both.
 */
class TwoNodesTest {
  private static final int SITES = 4;
  private static final int ACTIVITIES = 150;
  private static final int PER_SITE = 3;

  @Test
  void twoNodesNeverSendTheSameDeliveryTwice() {
    try (OutboxRig a = OutboxRig.start(); OutboxRig b = OutboxRig.open(a.jdbcUrl, false)) {
      List<FakeInbox> inboxes = new ArrayList<>();
      for (int i = 0; i < SITES; i++) inboxes.add(FakeInbox.start(a.publicKey).delay(Duration.ofMillis(i)));
      try {
        var q = OutboxRig.quick();
        var settings = new OutboxSettings(PER_SITE, 16, q.deadAfter(), q.poll(), q.requestTimeout(), q.lease(),
            q.retryBase(), q.retryMax(), q.probeEvery(), q.keepActivities());
        a.startWorkers(settings, "node-a");
        b.startWorkers(settings, "node-b");
        String[] targets = inboxes.stream().map(FakeInbox::inbox).toArray(String[]::new);
        List<String> ids = new ArrayList<>();
        // Both nodes enqueue, each waking its own workers; the other node finds the work at its poll.
        for (int i = 0; i < ACTIVITIES; i++) {
          OutboxRig node = i % 2 == 0 ? a : b;
          ids.add(node.send(OutboxRig.activity("http://warren.test/post/" + (i % 10), targets)).id().toString());
        }

        OutboxRig.await(Duration.ofSeconds(60), () -> a.pending() == 0);
        Map<String, Integer> byNode = new HashMap<>();
        for (FakeInbox inbox : inboxes) {
          for (String id : ids) assertThat(inbox.count(id)).as(id + " at " + inbox.origin()).isEqualTo(1);
          assertThat(inbox.received()).hasSize(ACTIVITIES).allMatch(FakeInbox.Received::signatureValid);
          assertThat(inbox.maxConcurrent()).as("the site's limit holds over both nodes").isLessThanOrEqualTo(PER_SITE);
          inbox.received().forEach(r -> byNode.merge(r.userAgent(), 1, Integer::sum));
        }
        assertThat(byNode).containsOnlyKeys("node-a", "node-b");
      } finally {
        inboxes.forEach(FakeInbox::close);
      }
    }
  }
}
