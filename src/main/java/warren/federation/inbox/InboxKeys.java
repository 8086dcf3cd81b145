package warren.federation.inbox;

import java.util.Optional;
import warren.domain.Tx;
import warren.federation.httpsig.ActorKeys;
import warren.federation.httpsig.KeyResolver;
import warren.federation.httpsig.Pem;
import warren.federation.httpsig.ResolvedKey;
import warren.federation.httpsig.SignatureException;
import warren.store.Stores;

/**
 * Keys for verifying inbox POSTs: the parsed key cached by key id; else the key stored with a
 * known person or community when the key id is {@code <actor>#main-key} (no fetch for a known
 * peer); else the key document fetched through {@link ActorKeys}. Nothing is stored here: an
 * actor is stored only once its signature holds. {@link #refreshing} fetches anew (and caches
 * what it gets), for a signature that fails with a cached or stored key: a key rotation.
 */
final class InboxKeys implements KeyResolver {
  private final Tx tx;
  private final Stores stores;
  private final ActorKeys keys;

  InboxKeys(Tx tx, Stores stores, ActorKeys keys) {
    this.tx = tx;
    this.stores = stores;
    this.keys = keys;
  }

  @Override
  public ResolvedKey resolve(String keyId) {
    return keys.resolve(keyId, this::stored);
  }

  KeyResolver refreshing() {
    return keyId -> {
      Tx.releaseForWait();
      return keys.refresh(keyId);
    };
  }

  private Optional<ResolvedKey> stored(String keyId) {
    int hash = keyId.indexOf('#');
    Optional<String[]> found = hash < 0 ? Optional.empty() : tx.read(h -> {
      String actorId = keyId.substring(0, hash);
      return stores.persons().readByActorId(h, actorId).map(p -> new String[] {p.actorId(), p.publicKey()})
          .or(() -> stores.communities().readByActorId(h, actorId).map(c -> new String[] {c.actorId(), c.publicKey()}));
    });
    try {
      if (found.isPresent()) return Optional.of(new ResolvedKey(keyId, found.get()[0], Pem.publicKey(found.get()[1])));
    } catch (IllegalArgumentException e) {
      // an unreadable stored key: fetch it instead
    }
    Tx.releaseForWait(); // a fetch follows
    return Optional.empty();
  }

  /** True when a verification failed for want of a matching key, which a fresh fetch may cure. */
  static boolean mayBeStale(SignatureException e) {
    return e.reason() == SignatureException.Reason.BAD_SIGNATURE;
  }
}
