package warren.federation.httpsig;

/** Finds the public key a signature's {@code keyId} names, fetching it if need be. */
@FunctionalInterface
public interface KeyResolver {
  /**
   * The key and its owner; throws {@link SignatureException} ({@code KEY_UNAVAILABLE}) when
   * there is none to be had.
   */
  ResolvedKey resolve(String keyId);
}
