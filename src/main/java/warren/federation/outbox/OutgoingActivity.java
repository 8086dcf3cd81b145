package warren.federation.outbox;

import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * An activity ready to send: its JSON exactly as it goes on the wire, who signs it, what it is
 * about, and whom it goes to.
 *
 * @param id         the activity's ActivityPub id (unique; it is served there for 7 days)
 * @param actor      the local actor that signs it (person, community or the site); its private key
 *                   is looked up by this id, and its key id is {@code actor + "#main-key"}
 * @param objectKey  what the activity concerns, such as the post's or comment's ap id: deliveries
 *                   with the same key reach a site in the order they were enqueued
 * @param body       the serialized JSON
 * @param recipients the actors' inboxes; a shared inbox is used when the actor has one
 * @param sensitive  not to be shown at its id (follows, private messages, account deletions)
 */
public record OutgoingActivity(URI id, URI actor, String objectKey, String body, List<Recipient> recipients,
    boolean sensitive) {

  public OutgoingActivity {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(objectKey, "objectKey");
    Objects.requireNonNull(body, "body");
    recipients = List.copyOf(recipients);
  }

  public OutgoingActivity(URI id, URI actor, String objectKey, String body, List<Recipient> recipients) {
    this(id, actor, objectKey, body, recipients, false);
  }

  /** The key id Lemmy publishes and expects: the actor's id with {@code #main-key}. */
  public String keyId() {
    return actor + "#main-key";
  }
}
