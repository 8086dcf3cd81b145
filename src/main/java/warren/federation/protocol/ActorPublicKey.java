package warren.federation.protocol;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * An actor's key: {@code {"id":"<actor>#main-key","owner":"<actor>","publicKeyPem":"..."}}. Read
 * from an object, or from the first complete element of a list.
 */
@JsonDeserialize(using = ActorPublicKey.Reader.class)
public record ActorPublicKey(String id, String owner, String publicKeyPem) {

  /** Lemmy's key id for an actor: the actor's id with the fragment {@code main-key}. */
  public static String mainKeyId(String actorId) {
    return actorId + "#main-key";
  }

  public static ActorPublicKey mainKey(String actorId, String pem) {
    return new ActorPublicKey(mainKeyId(actorId), actorId, pem);
  }

  static final class Reader extends Lenient.TreeReader<ActorPublicKey> {
    @Override
    protected ActorPublicKey fromTree(JsonNode node) {
      if (node.isArray()) return firstOf(node);
      String id = Lenient.string(node, "id");
      String pem = Lenient.string(node, "publicKeyPem");
      return id == null || pem == null ? null : new ActorPublicKey(id, Lenient.id(node.get("owner")), pem);
    }
  }
}
