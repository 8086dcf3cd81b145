package warren.federation.protocol;

/** An ActivityPub document that cannot be read: bad JSON, an unknown type, or a required field missing. */
public final class ApParseException extends RuntimeException {
  public ApParseException(String message) {
    super(message, null, false, false);
  }
}
