package warren.federation.protocol;

import java.util.List;
import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;

/**
 * A person: Lemmy's {@code Person} ({@code Service} for a bot). Lemmy requires {@code id},
 * {@code preferredUsername}, {@code inbox}, {@code outbox} and {@code publicKey} of a remote one.
 *
 * @param name    the display name
 * @param summary the bio as HTML, with its Markdown in {@code source}
 * @param icon    the avatar
 * @param image   the banner
 * @param attachment profile fields; Warren sends the pronouns as one named {@code Pronouns}
 */
public record PersonActor(
    String type,
    String id,
    String preferredUsername,
    String inbox,
    String outbox,
    ActorPublicKey publicKey,
    String name,
    String summary,
    Source source,
    ImageObject icon,
    ImageObject image,
    String matrixUserId,
    Endpoints endpoints,
    Instant published,
    Instant updated,
    @tools.jackson.databind.annotation.JsonDeserialize(using = PropertyValue.Reader.class)
    List<PropertyValue> attachment) implements ApObject {

  @JsonIgnore // not a field of the document
  public boolean isBot() {
    return "Service".equals(type);
  }
}
