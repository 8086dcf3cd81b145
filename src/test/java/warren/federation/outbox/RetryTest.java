package warren.federation.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** 5xx and 429 are retried with a growing wait; other 4xx drop the delivery at once. */
class RetryTest {
  @RegisterExtension
  static final DeliveringRig delivering = new DeliveringRig();

  @Test
  void serverErrorsAreRetriedWithBackoffUntilSuccess() {
    OutboxRig rig = delivering.rig();
    FakeInbox inbox = delivering.inbox();
    var a = OutboxRig.activity("http://warren.test/post/retry", inbox.inbox());
    String id = a.id().toString();
    AtomicInteger calls = new AtomicInteger();
    inbox.answer(got -> !got.equals(id) ? 200 : calls.incrementAndGet() <= 4 ? 500 : 200);
    rig.send(a);

    OutboxRig.await(Duration.ofSeconds(10), () -> inbox.accepted().contains(id));
    List<FakeInbox.Received> attempts = inbox.received().stream().filter(r -> r.activityId().equals(id)).toList();
    assertThat(attempts).extracting(FakeInbox.Received::answered).containsExactly(500, 500, 500, 500, 200);
    // quick(): no wait before the first retry, then 20 ms * 1.25^(n-1): 25, 31, 39 ms
    long[] expectedMillis = {0, 25, 31, 39};
    for (int i = 1; i < attempts.size(); i++) {
      long gap = (attempts.get(i).atNanos() - attempts.get(i - 1).atNanos()) / 1_000_000;
      assertThat(gap).as("wait before attempt " + (i + 1)).isGreaterThanOrEqualTo(expectedMillis[i - 1]);
    }
    OutboxRig.await(Duration.ofSeconds(2), () -> rig.pending() == 0);
    var site = rig.jdbi().withHandle(h -> rig.outbox.sitesOfDomain(h, "127.0.0.1")).getFirst();
    assertThat(site.failCount()).as("healthy again").isZero();
    assertThat(site.lastSuccess()).isPresent();
  }

  @Test
  void clientErrorsDropTheDeliveryButTooManyRequestsIsRetried() {
    OutboxRig rig = delivering.rig();
    FakeInbox inbox = delivering.inbox();
    Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
    var refused = OutboxRig.activity("http://warren.test/post/400", inbox.inbox());
    var gone = OutboxRig.activity("http://warren.test/post/410", inbox.inbox());
    var throttled = OutboxRig.activity("http://warren.test/post/429", inbox.inbox());
    inbox.answer(id -> {
      int n = calls.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
      if (id.equals(refused.id().toString())) return 400;
      if (id.equals(gone.id().toString())) return 410;
      if (id.equals(throttled.id().toString())) return n <= 2 ? 429 : 202;
      return 200;
    });
    rig.send(refused);
    rig.send(gone);
    rig.send(throttled);

    OutboxRig.await(Duration.ofSeconds(10), () -> inbox.accepted().contains(throttled.id().toString()));
    OutboxRig.await(Duration.ofSeconds(2), () -> rig.pending() == 0);
    assertThat(inbox.count(refused.id().toString())).as("400 is final").isEqualTo(1);
    assertThat(inbox.count(gone.id().toString())).as("410 is final").isEqualTo(1);
    assertThat(inbox.count(throttled.id().toString())).isEqualTo(3);
  }
}
