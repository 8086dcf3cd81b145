package warren.federation.outbox;

import java.net.URI;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.jdbi.v3.core.Jdbi;
import warren.store.Database;
import warren.support.crypto.RsaKeys;
import warren.support.web.AddressGuard;
import warren.testing.TestPostgres;

/**
 * A database of its own with one local actor who signs, an {@link Outbox}, and delivery workers
 * started on demand with short waits, so that retries and deaths take milliseconds.
 */
final class OutboxRig implements AutoCloseable {
  static final String ORIGIN = "http://warren.test";
  static final URI ACTOR = URI.create(ORIGIN + "/u/sender");

  final Database database;
  final String jdbcUrl;
  final Outbox outbox = new Outbox(ORIGIN);
  final PublicKey publicKey;
  /** The fake inbox of a {@link DeliveringRig}. */
  FakeInbox inbox;
  private final List<AutoCloseable> started = new ArrayList<>();

  private OutboxRig(Database database, String jdbcUrl, PublicKey publicKey) {
    this.database = database;
    this.jdbcUrl = jdbcUrl;
    this.publicKey = publicKey;
  }

  static OutboxRig start() {
    String url = TestPostgres.get().newDatabase();
    return open(url, true);
  }

  /** Opens {@code jdbcUrl}; with {@code createActor}, inserts the signing actor first. */
  static OutboxRig open(String jdbcUrl, boolean createActor) {
    Database db = Database.open(Optional.of(jdbcUrl), Path.of("target", "test-data"), 8);
    if (createActor) insertLocalPerson(db.jdbi(), ACTOR, RsaKeys.generate());
    String pem = db.jdbi().withHandle(h -> h.createQuery("select public_key from person where actor_id = :a")
        .bind("a", ACTOR.toString()).mapTo(String.class).one());
    return new OutboxRig(db, jdbcUrl, parsePublic(pem));
  }

  /** A local person who can sign: {@code actor} is {@code <origin>/u/<name>}. */
  static void insertLocalPerson(Jdbi jdbi, URI actor, RsaKeys.PemPair keys) {
    jdbi.useTransaction(h -> {
      int instance = h.createQuery("insert into instance (domain) values (:d) returning id")
          .bind("d", actor.getHost()).mapTo(Integer.class).one();
      h.createUpdate("""
              insert into person (name, actor_id, inbox_url, public_key, private_key, instance_id)
              values (:name, :actor, :inbox, :public, :private, :instance)""")
          .bind("name", actor.getPath().substring(actor.getPath().lastIndexOf('/') + 1))
          .bind("actor", actor.toString()).bind("inbox", actor + "/inbox").bind("public", keys.publicPem())
          .bind("private", keys.privatePem()).bind("instance", instance).execute();
    });
  }

  static PublicKey parsePublic(String pem) {
    try {
      String b64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
      return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(b64)));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  Jdbi jdbi() {
    return database.jdbi();
  }

  /** Short waits: retries after 20 ms growing to 200 ms, leases of 5 s, a poll every 50 ms. */
  static OutboxSettings quick() {
    return new OutboxSettings(8, 64, Duration.ofDays(3), Duration.ofMillis(50), Duration.ofSeconds(2),
        Duration.ofSeconds(5), Duration.ofMillis(20), Duration.ofMillis(200), Duration.ofMillis(100),
        Duration.ofDays(7));
  }

  void closeWithRig(AutoCloseable c) {
    started.add(c);
  }

  DeliveryWorkers startWorkers(OutboxSettings settings) {
    return startWorkers(settings, "Warren/test");
  }

  DeliveryWorkers startWorkers(OutboxSettings settings, String userAgent) {
    DeliveryWorkers workers = DeliveryWorkers.start(jdbi(), outbox, settings, new AddressGuard(true), true, userAgent);
    started.add(workers);
    return workers;
  }

  OutboxMaintenance maintenance(OutboxSettings settings) {
    return new OutboxMaintenance(jdbi(), settings, new AddressGuard(true), "Warren/test");
  }

  /** An activity about {@code objectKey} for the given inboxes (their own shared inbox each). */
  static OutgoingActivity activity(String objectKey, String... inboxes) {
    String id = ORIGIN + "/activities/create/" + UUID.randomUUID();
    String body = "{\"id\":\"" + id + "\",\"type\":\"Create\",\"actor\":\"" + ACTOR + "\",\"object\":\"" + objectKey + "\"}";
    List<Recipient> to = new ArrayList<>();
    for (String inbox : inboxes) to.add(Recipient.of(inbox, null));
    return new OutgoingActivity(URI.create(id), ACTOR, objectKey, body, to);
  }

  /** Enqueues in a transaction of its own, as a use case would. */
  OutgoingActivity send(OutgoingActivity a) {
    jdbi().useTransaction(h -> outbox.enqueue(h, a));
    return a;
  }

  long pending() {
    return jdbi().withHandle(h -> h.createQuery("select count(*) from outbox_delivery").mapTo(Long.class).one());
  }

  static void await(Duration max, BooleanSupplier condition) {
    long deadline = System.nanoTime() + max.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) throw new AssertionError("condition not met within " + max);
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        throw new AssertionError(e);
      }
    }
  }

  @Override
  public void close() {
    for (AutoCloseable c : started.reversed()) {
      try {
        c.close();
      } catch (Exception ignored) {
        // closing the rest matters more
      }
    }
    database.close();
  }
}
