package warren.federation.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What enqueue stores, in whose transaction, and what the remote inbox then receives. */
class EnqueueTest {
  @RegisterExtension
  static final DeliveringRig delivering = new DeliveringRig();

  @Test
  void aRolledBackChangeSendsNothingAndACommittedOneArrivesSigned() throws Exception {
    OutboxRig rig = delivering.rig();
    FakeInbox inbox = delivering.inbox();
    var rolledBack = OutboxRig.activity("http://warren.test/post/1", inbox.inbox());
    assertThatThrownBy(() -> rig.jdbi().useTransaction(h -> {
      rig.outbox.enqueue(h, rolledBack);
      throw new IllegalStateException("the change fails after enqueueing");
    })).isInstanceOf(IllegalStateException.class);
    var committed = rig.send(OutboxRig.activity("http://warren.test/post/1", inbox.inbox()));

    OutboxRig.await(Duration.ofSeconds(5), () -> inbox.count(committed.id().toString()) == 1);
    Thread.sleep(300); // several polls: the rolled-back one must not turn up late
    assertThat(inbox.count(rolledBack.id().toString())).isZero();
    java.util.Optional<SentActivity> none = rig.jdbi().withHandle(h -> rig.outbox.sentActivity(h, rolledBack.id().toString()));
    assertThat(none).isEmpty();

    var got = inbox.received().stream().filter(r -> r.activityId().equals(committed.id().toString())).findFirst()
        .orElseThrow();
    assertThat(got.signatureValid()).as("digest and signature verify with the actor's public key").isTrue();
    assertThat(got.host()).isEqualTo("127.0.0.1:" + inbox.port());
    assertThat(got.signatureHeader())
        .startsWith("keyId=\"" + OutboxRig.ACTOR + "#main-key\",algorithm=\"hs2019\"")
        .contains("headers=\"(request-target) content-type date digest host\"");
    OutboxRig.await(Duration.ofSeconds(2), () -> rig.pending() == 0);
    var kept = rig.jdbi().withHandle(h -> rig.outbox.sentActivity(h, committed.id().toString())).orElseThrow();
    assertThat(kept.body()).as("kept to be served at its id").isEqualTo(committed.body());
  }

  @Test
  void oneDeliveryPerSharedInboxAndNoneToThisSite() {
    OutboxRig rig = delivering.rig();
    String shared = "http://127.0.0.1:1/inbox";
    var recipients = List.of(
        Recipient.of("http://127.0.0.1:1/u/a/inbox", shared),
        Recipient.of("http://127.0.0.1:1/u/b/inbox", shared),
        Recipient.of("http://127.0.0.1:1/c/c/inbox", shared),
        Recipient.of("http://127.0.0.1:1/u/no_shared/inbox", null),
        Recipient.of("HTTP://127.0.0.1:1/u/no_shared/inbox", null),
        Recipient.of("http://127.0.0.2:80/inbox", null),
        Recipient.of(OutboxRig.ORIGIN + "/u/local/inbox", OutboxRig.ORIGIN + "/inbox"),
        Recipient.of("mailto:someone@example.com", null));
    String id = OutboxRig.ORIGIN + "/activities/like/" + UUID.randomUUID();
    var activity = new OutgoingActivity(URI.create(id), OutboxRig.ACTOR, "http://warren.test/post/2",
        "{\"id\":\"" + id + "\"}", recipients);

    // Enqueued without workers seeing it: the rig's workers only wake after commit, and the
    // transaction is inspected before that.
    rig.jdbi().useTransaction(h -> {
      assertThat(rig.outbox.enqueue(h, activity)).isEqualTo(3);
      List<String> inboxes = h.createQuery("""
              select d.inbox from outbox_delivery d join sent_activity a on a.id = d.activity_id
              where a.ap_id = :id order by d.id""")
          .bind("id", id).mapTo(String.class).list();
      assertThat(inboxes).containsExactly(shared, "http://127.0.0.1:1/u/no_shared/inbox", "http://127.0.0.2/inbox");
      assertThat(h.createQuery("select origin from outbox_site where origin like 'http://127.0.0.%' order by origin")
          .mapTo(String.class).list()).containsExactly("http://127.0.0.1:1", "http://127.0.0.2");
      h.rollback();
    });
  }

  @Test
  void blockedAndDeadSitesGetNothing() {
    OutboxRig rig = delivering.rig();
    rig.jdbi().useTransaction(h -> {
      int blocked = h.createQuery("insert into instance (domain) values ('blocked.example') returning id")
          .mapTo(Integer.class).one();
      h.createUpdate("insert into federation_blocklist (instance_id) values (:id)").bind("id", blocked).execute();
      h.createUpdate("insert into outbox_site (origin, domain, dead_since) values ('https://dead.example', 'dead.example', now())")
          .execute();
      var a = OutboxRig.activity("http://warren.test/post/3", "https://blocked.example/inbox",
          "https://dead.example/inbox", "https://alive.example/inbox");
      assertThat(rig.outbox.enqueue(h, a)).isEqualTo(1);
      h.rollback();
    });
  }
}
