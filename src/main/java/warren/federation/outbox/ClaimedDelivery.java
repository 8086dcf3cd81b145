package warren.federation.outbox;

import java.time.Instant;

/** A delivery this node has claimed and now sends, with what signing and sending it needs. */
record ClaimedDelivery(long id, int siteId, String inbox, int attempts, Instant created, Instant claimedAt,
    String activityApId, String actorApId, String keyId, String body) {}
