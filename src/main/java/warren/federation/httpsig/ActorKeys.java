package warren.federation.httpsig;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import warren.federation.httpsig.SignatureException.Reason;
import warren.federation.protocol.ActorPublicKey;
import warren.federation.protocol.ApJson;
import warren.federation.protocol.ApParseException;
import warren.federation.protocol.Lenient;

/**
 * Finds a remote actor's public key by key id: fetches the document the id points to (the actor,
 * {@code <actor>#main-key}; or, as GoToSocial does it, a key document of its own at a path) and
 * takes the {@code publicKey} whose {@code id} is the key id. The owner is the actor whose
 * document holds the key, or the key document's {@code owner}, and must live on the key's host.
 */
public final class ActorKeys implements KeyResolver {
  private final SignedFetcher fetcher;
  private final KeyCache cache;

  public ActorKeys(SignedFetcher fetcher, KeyCache cache) {
    this.fetcher = fetcher;
    this.cache = cache;
  }

  @Override
  public ResolvedKey resolve(String keyId) {
    return cache.get(keyId, this::load);
  }

  /**
   * The cached key, else the one {@code stored} finds (kept with an actor already known here),
   * else the one fetched; cached either way, so that a busy peer's key is read and parsed once
   * per {@link KeyCache} lifetime rather than at every activity.
   */
  public ResolvedKey resolve(String keyId, Function<String, Optional<ResolvedKey>> stored) {
    return cache.get(keyId, id -> stored.apply(id).orElseGet(() -> load(id)));
  }

  /** Drops the cached key and fetches it again: for a signature that fails after a key change. */
  public ResolvedKey refresh(String keyId) {
    cache.invalidate(keyId);
    return resolve(keyId);
  }

  private ResolvedKey load(String keyId) {
    URI document = withoutFragment(keyId);
    JsonNode doc;
    try {
      doc = fetcher.fetch(document).json();
    } catch (FetchException e) {
      throw new SignatureException(Reason.KEY_UNAVAILABLE, keyId + ": " + e.getMessage());
    }
    ActorPublicKey key;
    String owner;
    try {
      if (doc.has("publicKeyPem")) {
        key = ApJson.read(doc, ActorPublicKey.class);
        owner = key == null ? null : key.owner();
      } else {
        key = doc.has("publicKey") ? ApJson.read(doc.get("publicKey"), ActorPublicKey.class) : null;
        owner = Lenient.string(doc, "id");
        if (key != null && key.owner() != null && !key.owner().equals(owner)) {
          throw new SignatureException(Reason.KEY_UNAVAILABLE, keyId + " is owned by " + key.owner() + ", not " + owner);
        }
      }
    } catch (ApParseException e) {
      throw new SignatureException(Reason.KEY_UNAVAILABLE, keyId + ": " + e.getMessage());
    }
    if (key == null || !keyId.equals(key.id())) throw new SignatureException(Reason.KEY_UNAVAILABLE, keyId + " not found");
    if (owner == null || !KeyOwnership.sameDomain(owner, keyId)) {
      throw new SignatureException(Reason.KEY_UNAVAILABLE, keyId + " has no owner on its host");
    }
    try {
      return new ResolvedKey(keyId, owner, Pem.publicKey(key.publicKeyPem()));
    } catch (IllegalArgumentException e) {
      throw new SignatureException(Reason.KEY_UNAVAILABLE, keyId + ": " + e.getMessage());
    }
  }

  private static URI withoutFragment(String keyId) {
    try {
      URI uri = new URI(keyId);
      return new URI(uri.getScheme(), uri.getRawSchemeSpecificPart(), null);
    } catch (URISyntaxException e) {
      throw new SignatureException(Reason.MALFORMED, "keyId is not a URL: " + keyId);
    }
  }
}
