package warren.federation.outbox;

import java.net.URI;
import java.util.Optional;

/** An actor to deliver to: its own inbox, and its site's shared inbox when it advertises one. */
public record Recipient(URI inbox, Optional<URI> sharedInbox) {

  /** From the {@code inbox_url} and nullable {@code shared_inbox_url} columns of person and community. */
  public static Recipient of(String inbox, String sharedInboxOrNull) {
    return new Recipient(URI.create(inbox),
        sharedInboxOrNull == null || sharedInboxOrNull.isBlank() ? Optional.empty()
            : Optional.of(URI.create(sharedInboxOrNull)));
  }

  /** Where the POST goes: one request per site reaches all its recipients through the shared inbox. */
  public URI target() {
    return sharedInbox.orElse(inbox);
  }
}
