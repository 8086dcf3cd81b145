package warren.federation.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import warren.store.Database;
import warren.testing.TestPostgres;

/**
 * Crash safety with real processes: activities queued toward a site that is down survive a
 * {@code kill -9} of the Warren delivering them and arrive once a restarted Warren finds the site
 * up; a kill in the middle of sending loses nothing either, and the restart resumes at once.
 * Delivery is at least once: a POST that was answered but not yet recorded when the process died
 * is sent again, and the receiver drops the copy by its activity id (Lemmy's unique
 * {@code received_activity}). Here only the deliveries in flight at the kill can come twice.
 */
class KillResumeTest {

  @Test
  void killNineLosesNothingAndARestartResumes() throws Exception {
    String url = TestPostgres.get().newDatabase();
    List<WarrenProcess> started = new ArrayList<>();
    WarrenProcess first = WarrenProcess.start(url, "first");
    started.add(first);
    try (Database db = Database.open(Optional.of(url), Path.of("target", "test-data"), 4)) {
      var site = db.jdbi().withHandle(h -> h.createQuery("select actor_id, public_key from site")
          .map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2)}).one());
      URI actor = URI.create(site[0]);
      Outbox outbox = new Outbox("http://warren.test");
      try (FakeInbox inbox = FakeInbox.down(OutboxRig.parsePublic(site[1]))) {
        // 1. The site is down: the running Warren tries, fails, and is killed.
        List<String> queuedWhileDown = enqueue(db, outbox, actor, inbox, 30);
        OutboxRig.await(Duration.ofSeconds(30), () -> failCount(db) >= 1);
        first.kill();
        assertThat(pending(db)).as("nothing lost at the kill").isEqualTo(30);

        // 2. A new Warren on the same database; the site comes back.
        WarrenProcess second = WarrenProcess.start(url, "second");
        started.add(second);
        inbox.up();
        OutboxRig.await(Duration.ofSeconds(60), () -> pending(db) == 0);
        for (String id : queuedWhileDown) assertThat(inbox.count(id)).as(id).isEqualTo(1);
        assertThat(inbox.received()).allMatch(FakeInbox.Received::signatureValid);

        // 3. Killed while POSTs are in flight (each takes a second to be answered).
        inbox.delay(Duration.ofSeconds(1));
        List<String> inFlightAtKill = enqueue(db, outbox, actor, inbox, 20);
        OutboxRig.await(Duration.ofSeconds(30), () -> inbox.maxConcurrent() > 1 && claimed(db) > 0);
        second.kill();
        long killedAt = System.nanoTime();
        assertThat(pending(db)).as("rows stay until their 2xx is recorded").isGreaterThan(0);
        inbox.delay(Duration.ZERO);
        try (WarrenProcess third = WarrenProcess.start(url, "third")) {
          // Sooner than the 60 s lease: the dead node's claims are taken back when it is gone.
          OutboxRig.await(Duration.ofSeconds(40), () -> pending(db) == 0);
          assertThat(Duration.ofNanos(System.nanoTime() - killedAt)).isLessThan(Duration.ofSeconds(55));
        }
        long copies = 0;
        for (String id : inFlightAtKill) {
          assertThat(inbox.count(id)).as(id).isBetween(1L, 2L);
          copies += inbox.count(id) - 1;
        }
        assertThat(copies).as("only what was in flight at the kill comes twice").isLessThanOrEqualTo(8);
      }
    } finally {
      for (WarrenProcess p : started) p.close();
    }
  }

  private static List<String> enqueue(Database db, Outbox outbox, URI actor, FakeInbox inbox, int count) {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String id = "http://warren.test/activities/create/" + UUID.randomUUID();
      String body = "{\"id\":\"" + id + "\",\"type\":\"Create\",\"actor\":\"" + actor + "\"}";
      var a = new OutgoingActivity(URI.create(id), actor, "http://warren.test/post/" + (i % 4), body,
          List.of(Recipient.of(inbox.origin() + "/u/someone/inbox", inbox.inbox())));
      db.jdbi().useTransaction(h -> outbox.enqueue(h, a));
      ids.add(id);
    }
    return ids;
  }

  private static long pending(Database db) {
    return db.jdbi().withHandle(h -> h.createQuery("select count(*) from outbox_delivery").mapTo(Long.class).one());
  }

  private static long claimed(Database db) {
    return db.jdbi().withHandle(h -> h.createQuery("select count(*) from outbox_delivery where claimed_at is not null")
        .mapTo(Long.class).one());
  }

  private static int failCount(Database db) {
    return db.jdbi().withHandle(h -> h.createQuery("select coalesce(max(fail_count), 0) from outbox_site")
        .mapTo(Integer.class).one());
  }
}
