package warren.federation.httpsig;

/** A request whose HTTP signature does not hold, and why. */
public final class SignatureException extends RuntimeException {
  public enum Reason {
    /** No {@code Signature} header (nor {@code Authorization: Signature}). */
    MISSING,
    /** The header cannot be parsed, or lacks keyId or signature. */
    MALFORMED,
    /** An algorithm other than rsa-sha256 or hs2019. */
    UNSUPPORTED_ALGORITHM,
    /** The signature leaves out something that must be signed: (request-target), the date, the digest. */
    INSUFFICIENT_HEADERS,
    /** A signed header is not in the request. */
    MISSING_HEADER,
    /** The Date (or created) is too old or too far in the future, or expires has passed. */
    STALE,
    /** The Digest header is missing or does not match the body. */
    DIGEST_MISMATCH,
    /** The key named by keyId could not be had. */
    KEY_UNAVAILABLE,
    /** The signature does not verify with the key. */
    BAD_SIGNATURE,
    /** The key does not belong to the activity's actor, or sits on another domain. */
    WRONG_KEY_OWNER
  }

  private final Reason reason;

  public SignatureException(Reason reason, String message) {
    super(reason + ": " + message, null, false, false);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
