package warren.federation.httpsig;

/** A fetch of an ActivityPub document that gave no document, and why. */
public final class FetchException extends RuntimeException {
  public enum Kind {
    /** The URL may not be fetched: not http(s), http outside debug mode, or a refused address. */
    REFUSED,
    /** DNS, connection, TLS, time-out, too many redirects. */
    NETWORK,
    /** 410: the object was deleted; Lemmy marks its copy deleted on this. */
    GONE,
    /** 404. */
    NOT_FOUND,
    /** Any other status outside 2xx. */
    STATUS,
    /** A 2xx that is not ActivityPub JSON by its Content-Type. */
    CONTENT_TYPE,
    /** The body is larger than the fetcher takes. */
    TOO_LARGE,
    /** The body is not a JSON object. */
    NOT_JSON
  }

  private final Kind kind;
  private final int status;

  public FetchException(Kind kind, int status, String message) {
    super(kind + ": " + message, null, false, false);
    this.kind = kind;
    this.status = status;
  }

  public Kind kind() {
    return kind;
  }

  /** The HTTP status, or 0 when there was no response. */
  public int status() {
    return status;
  }
}
