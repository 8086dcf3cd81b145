package warren.federation.protocol;

/** An actor's {@code endpoints}; only {@code sharedInbox} matters to Lemmy, and it must be there. */
public record Endpoints(String sharedInbox) {}
