package warren.federation.protocol;

import java.time.Instant;
import java.util.List;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A comment: a {@code Note} with {@code inReplyTo} (the post, or the parent comment).
 *
 * @param cc            Lemmy: the community, the parent's author and mentioned remote people
 * @param tag           Lemmy: a {@code Mention} of the parent's author, and of each mentioned person
 * @param distinguished pinned by a moderator (a Lemmy extension)
 */
public record Note(
    String type,
    String id,
    ObjectRef attributedTo,
    @JsonDeserialize(using = Lenient.UrlList.class) List<String> to,
    @JsonDeserialize(using = Lenient.UrlList.class) List<String> cc,
    String content,
    ObjectRef inReplyTo,
    String mediaType,
    Source source,
    Instant published,
    Instant updated,
    List<Tag> tag,
    Boolean distinguished,
    LanguageTag language,
    ObjectRef audience,
    List<Attachment> attachment) implements ApObject {

  public Note {
    tag = Lists.clean(tag);
    attachment = Lists.clean(attachment);
  }
}
