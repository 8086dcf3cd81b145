package warren.federation.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Sent activities stay a week, to be served at their ids, and are pruned after. */
class PruneTest {

  @Test
  void activitiesOlderThanAWeekArePruned() {
    try (OutboxRig rig = OutboxRig.start()) {
      var old = rig.send(OutboxRig.activity("http://warren.test/post/1", "https://elsewhere.example/inbox"));
      var recent = rig.send(OutboxRig.activity("http://warren.test/post/1"));
      rig.jdbi().useHandle(h -> h.createUpdate("update sent_activity set published = now() - interval '7 days 1 minute' where ap_id = :id")
          .bind("id", old.id().toString()).execute());

      assertThat(rig.maintenance(OutboxRig.quick()).pruneSentActivities()).isEqualTo(1);
      rig.jdbi().useHandle(h -> {
        assertThat(rig.outbox.sentActivity(h, old.id().toString())).isEmpty();
        assertThat(rig.outbox.sentActivity(h, recent.id().toString())).isPresent();
      });
      assertThat(rig.pending()).as("a delivery still left for it goes with it").isZero();
    }
  }
}
