package warren.federation.protocol;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Any activity, as one record: Lemmy's activities differ in which of these fields they carry and
 * what {@code object} holds, not in shape. {@code object} keeps what came (a URL, an embedded
 * object, or Mastodon's list), so each inbox handler reads it as its type demands. A field that is
 * absent reads as {@code null}, never as an empty list, because Lemmy refuses some activities
 * without {@code to} or {@code cc} and the handlers must be able to tell.
 *
 * @param audience   the community an activity happens in (Lemmy's extension)
 * @param summary    a moderator's reason; on a Delete it marks a removal
 * @param content    Mastodon's report text
 * @param removeData on Block and Delete{Person}: also purge the person's content
 * @param expires    on Block: when a ban ends (read before {@code endTime}, as Lemmy does)
 */
public record Activity(
    String id,
    String type,
    ObjectRef actor,
    @JsonDeserialize(using = Lenient.UrlList.class) List<String> to,
    ObjectRef object,
    ObjectRef target,
    @JsonDeserialize(using = Lenient.UrlList.class) List<String> cc,
    List<Tag> tag,
    ObjectRef audience,
    String summary,
    String content,
    Boolean removeData,
    Instant expires,
    Instant endTime) implements ApObject {

  public Activity {
    tag = Lists.clean(tag);
  }

  public Optional<ActivityType> kind() {
    return ActivityType.of(type);
  }

  public String actorId() {
    return actor == null ? null : actor.id();
  }

  public String objectId() {
    return object == null ? null : object.id();
  }

  /** The inner activity of an Undo, Accept or Announce. */
  public Activity innerActivity() {
    if (object == null) throw new ApParseException(type + " without object");
    return object.as(Activity.class);
  }

  /** The ban's end: {@code expires}, else {@code endTime}. */
  public Optional<Instant> banEnds() {
    return Optional.ofNullable(expires != null ? expires : endTime);
  }

  /** True when {@code #Public} is addressed in {@code to} or {@code cc}. */
  @JsonIgnore // not a field of the document
  public boolean isPublic() {
    return (to != null && to.contains(ApJson.PUBLIC)) || (cc != null && cc.contains(ApJson.PUBLIC));
  }
}
