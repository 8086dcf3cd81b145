package warren.federation.protocol;

import java.time.Instant;
import java.util.List;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A post: Lemmy's {@code Page}. Read also from {@code Article}, {@code Video}, {@code Event} and a
 * {@code Note} without {@code inReplyTo}, as Lemmy does. {@code url} and {@code inReplyTo} are
 * read only, to tell such objects apart; Lemmy sends neither on a post.
 *
 * @param attributedTo the creator's URL (PeerTube: a list of owners, person and channel)
 * @param audience     the community
 * @param image        the thumbnail
 * @param sensitive    NSFW
 * @param tag          Lemmy sends one Hashtag, the community's name
 */
public record Page(
    String type,
    String id,
    ObjectRef attributedTo,
    @JsonDeserialize(using = Lenient.UrlList.class) List<String> to,
    @JsonDeserialize(using = Lenient.UrlList.class) List<String> cc,
    String name,
    String content,
    String mediaType,
    Source source,
    List<Attachment> attachment,
    ImageObject image,
    Boolean sensitive,
    Instant published,
    Instant updated,
    LanguageTag language,
    ObjectRef audience,
    List<Tag> tag,
    ObjectRef inReplyTo,
    ObjectRef url) implements ApObject {

  public Page {
    attachment = Lists.clean(attachment);
    tag = Lists.clean(tag);
  }

  /** The creator: the URL, or PeerTube's first {@code Person} owner. */
  public String creatorId() {
    if (attributedTo == null) return null;
    return attributedTo.idOfType("Person").orElse(attributedTo.id());
  }
}
