package warren.federation.protocol;

import java.time.Instant;
import java.util.List;

/**
 * A site's instance actor, served at {@code https://host/}. Lemmy stores a remote site only when
 * this parses with {@code type} {@code Application} and a {@code published} date, and only then
 * sends it site bans and account deletions.
 *
 * @param content the sidebar as HTML, with its Markdown in {@code source}
 * @param summary the short description, plain text
 */
public record ApplicationActor(
    String type,
    String id,
    String name,
    String preferredUsername,
    String inbox,
    String outbox,
    ActorPublicKey publicKey,
    String content,
    Source source,
    String summary,
    String mediaType,
    ImageObject icon,
    ImageObject image,
    List<LanguageTag> language,
    String contentWarning,
    Instant published,
    Instant updated) implements ApObject {

  public ApplicationActor {
    language = Lists.clean(language);
  }
}
