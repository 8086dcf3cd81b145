package warren.federation.outbox;

import java.time.Instant;

/** An activity as it was sent, kept 7 days so that its id can be dereferenced. */
public record SentActivity(String apId, String body, String actorApId, boolean sensitive, Instant published) {}
