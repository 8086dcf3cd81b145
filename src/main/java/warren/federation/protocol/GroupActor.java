package warren.federation.protocol;

import java.time.Instant;
import java.util.List;

/**
 * A community: Lemmy's {@code Group}. Its {@code attributedTo} is the URL of the moderators
 * collection (PeerTube sends a list of owners instead).
 *
 * @param name      the title
 * @param sensitive NSFW
 */
public record GroupActor(
    String type,
    String id,
    String preferredUsername,
    String inbox,
    String followers,
    ActorPublicKey publicKey,
    String name,
    String summary,
    Source source,
    ImageObject icon,
    ImageObject image,
    Boolean sensitive,
    ObjectRef attributedTo,
    Boolean postingRestrictedToMods,
    String outbox,
    Endpoints endpoints,
    String featured,
    List<LanguageTag> language,
    Instant published,
    Instant updated) implements ApObject {

  public GroupActor {
    language = Lists.clean(language);
  }
}
