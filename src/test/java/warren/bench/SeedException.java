package warren.bench;

/** A reason to stop that the user can act on; printed without a stack trace. */
final class SeedException extends RuntimeException {
  SeedException(String message) {
    super(message);
  }
}
