package warren.federation.httpsig;

import java.security.PublicKey;

/**
 * A public key and the actor it belongs to, as the actor's document says ({@code publicKey.owner},
 * checked against the document's {@code id}).
 */
public record ResolvedKey(String keyId, String ownerId, PublicKey key) {}
