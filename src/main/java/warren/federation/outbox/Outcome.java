package warren.federation.outbox;

/** How one delivery attempt ended. */
record Outcome(ClaimedDelivery delivery, Kind kind, int status, String detail) {

  enum Kind {
    /** 2xx: done. */
    DELIVERED,
    /** The site answered but refused it for good (4xx other than 408 and 429), or it can never be sent. */
    REJECTED,
    /** 5xx, 408, 429, a network error or a timeout: try again later. */
    RETRY,
    /** This node stopped before the attempt ended: give the delivery back as it was. */
    ABANDONED
  }

  static Outcome of(ClaimedDelivery d, int status) {
    if (status >= 200 && status < 300) return new Outcome(d, Kind.DELIVERED, status, "");
    if (status >= 400 && status < 500 && status != 408 && status != 429) {
      return new Outcome(d, Kind.REJECTED, status, "HTTP " + status);
    }
    return new Outcome(d, Kind.RETRY, status, "HTTP " + status);
  }

  static Outcome retry(ClaimedDelivery d, String why) {
    return new Outcome(d, Kind.RETRY, 0, why);
  }

  static Outcome rejected(ClaimedDelivery d, String why) {
    return new Outcome(d, Kind.REJECTED, 0, why);
  }

  static Outcome abandoned(ClaimedDelivery d) {
    return new Outcome(d, Kind.ABANDONED, 0, "stopped");
  }

  /** Whether the site answered at all, which is what keeps it alive. */
  boolean siteAnswered() {
    return kind == Kind.DELIVERED || (kind == Kind.REJECTED && status > 0);
  }
}
