package warren.federation.httpsig;

import java.security.PrivateKey;
import warren.federation.protocol.ActorPublicKey;

/** What a local actor signs with: its key id ({@code <actor>#main-key}) and private key. */
public record SigningKey(String keyId, PrivateKey privateKey) {

  /** The key of a local actor, from its id and the PEM stored with it. */
  public static SigningKey of(String actorId, String privateKeyPem) {
    return new SigningKey(ActorPublicKey.mainKeyId(actorId), Pem.privateKey(privateKeyPem));
  }
}
