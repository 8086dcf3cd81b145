package warren.federation.protocol;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Builds activities in the shapes Lemmy 0.19 sends (crates/apub/src/activities), so that Lemmy
 * accepts them: which fields each carries, and what {@code to}, {@code cc} and {@code audience}
 * hold. Ids come from {@link #newId}; the caller decides who receives what.
 */
public final class Activities {
  private static final List<String> PUBLIC = List.of(ApJson.PUBLIC);

  private Activities() {}

  /** A new activity id, {@code <origin>/activities/<type>/<uuid>}, as Lemmy makes them. */
  public static String newId(String origin, ActivityType type) {
    return origin + "/activities/" + type.name().toLowerCase(Locale.ROOT) + "/" + UUID.randomUUID();
  }

  /** An Announce's id names the inner type too: {@code /activities/announce/create/<uuid>}. */
  public static String newAnnounceId(String origin, String innerType) {
    return origin + "/activities/announce/" + innerType.toLowerCase(Locale.ROOT) + "/" + UUID.randomUUID();
  }

  /** A person follows a community (or person): {@code to} names the followed actor. */
  public static Activity follow(String id, String actor, String followed) {
    return of(id, ActivityType.Follow, actor, List.of(followed), ObjectRef.of(followed), null, null, null);
  }

  /** The followed actor accepts, embedding the whole Follow. */
  public static Activity accept(String id, String actor, Activity follow) {
    return of(id, ActivityType.Accept, actor, List.of(follow.actorId()), ObjectRef.embed(follow), null, null, null);
  }

  /** Takes {@code inner} back, embedding it whole, addressed as it was. */
  public static Activity undo(String id, String actor, Activity inner) {
    return of(id, ActivityType.Undo, actor, inner.to(), ObjectRef.embed(inner), inner.cc(), inner.audience(), null);
  }

  /** Create or Update of a post: to #Public, cc the community, the community as audience. */
  public static Activity createOrUpdate(String id, ActivityType type, String actor, Page page) {
    String community = page.audience().id();
    return of(id, type, actor, PUBLIC, ObjectRef.embed(page), List.of(community), page.audience(), null);
  }

  /** Create or Update of a comment: cc and tag as the Note's (community, parent author, mentions). */
  public static Activity createOrUpdate(String id, ActivityType type, String actor, Note note) {
    Activity a = of(id, type, actor, PUBLIC, ObjectRef.embed(note), note.cc(), note.audience(), null);
    return withTag(a, note.tag());
  }

  /** A private message; only one recipient, no cc. */
  public static Activity createOrUpdate(String id, ActivityType type, String actor, ChatMessage message) {
    return of(id, type, actor, message.to(), ObjectRef.embed(message), null, null, null);
  }

  /** A community passes an activity on to its followers. */
  public static Activity announce(String id, String community, String followersUrl, Activity inner) {
    return of(id, ActivityType.Announce, community, PUBLIC, ObjectRef.embed(inner), List.of(followersUrl), null, null);
  }

  /** A vote ({@code Like} or {@code Dislike}) on a post or comment: no to or cc, only the audience. */
  public static Activity vote(String id, ActivityType type, String actor, String objectId, String community) {
    return of(id, type, actor, null, ObjectRef.of(objectId), null, ObjectRef.of(community), null);
  }

  /**
   * Deletes a post or comment. {@code reason} null is the author's own delete; any reason, even
   * an empty one, makes it a moderator's removal, so it must stay null for a self-delete.
   */
  public static Activity delete(String id, String actor, String objectId, String community, String reason) {
    return of(id, ActivityType.Delete, actor, PUBLIC, ObjectRef.of(objectId), List.of(community),
        ObjectRef.of(community), reason);
  }

  /** An account deletes itself; sent to every known site. */
  public static Activity deleteUser(String id, String actor, boolean removeData) {
    Activity a = of(id, ActivityType.Delete, actor, PUBLIC, ObjectRef.of(actor), null, null, null);
    return new Activity(a.id(), a.type(), a.actor(), a.to(), a.object(), null, null, null, null, null, null,
        removeData, null, null);
  }

  /** A private message is deleted: addressed to its recipient, never with a summary. */
  public static Activity deletePrivateMessage(String id, String actor, String messageId, String recipient) {
    return of(id, ActivityType.Delete, actor, List.of(recipient), ObjectRef.of(messageId), null, null, null);
  }

  /**
   * Bans a person from a community ({@code target} the community) or the site ({@code target} the
   * site's actor, {@code cc} the known instance actors). {@code expires} null is permanent.
   */
  public static Activity block(String id, String actor, String person, String target, List<String> cc,
      String community, String reason, boolean removeData, Instant expires) {
    return new Activity(id, ActivityType.Block.name(), ObjectRef.of(actor), PUBLIC, ObjectRef.of(person),
        ObjectRef.of(target), cc, null, community == null ? null : ObjectRef.of(community), reason, null,
        removeData, expires, expires);
  }

  /** Adds to or removes from a community's moderators or featured posts ({@code Add} or {@code Remove}). */
  public static Activity collection(String id, ActivityType type, String actor, String objectId,
      String collectionUrl, String community) {
    Activity a = of(id, type, actor, PUBLIC, ObjectRef.of(objectId), List.of(community), ObjectRef.of(community), null);
    return new Activity(a.id(), a.type(), a.actor(), a.to(), a.object(), ObjectRef.of(collectionUrl), a.cc(), null,
        a.audience(), null, null, null, null, null);
  }

  /** A moderator locks a post. */
  public static Activity lock(String id, String actor, String postId, String community) {
    return of(id, ActivityType.Lock, actor, PUBLIC, ObjectRef.of(postId), List.of(community), ObjectRef.of(community),
        null);
  }

  /** A moderator edits the community: the whole Group is sent. The actor must be a person. */
  public static Activity updateGroup(String id, String actor, GroupActor group) {
    return of(id, ActivityType.Update, actor, PUBLIC, ObjectRef.embed(group), List.of(group.id()),
        ObjectRef.of(group.id()), null);
  }

  /** A report of a post or comment, to the community alone; never announced. */
  public static Activity flag(String id, String actor, String community, String objectId, String reason) {
    return of(id, ActivityType.Flag, actor, List.of(community), ObjectRef.of(objectId), null, ObjectRef.of(community),
        reason);
  }

  private static Activity of(String id, ActivityType type, String actor, List<String> to, ObjectRef object,
      List<String> cc, ObjectRef audience, String summary) {
    return new Activity(id, type.name(), ObjectRef.of(actor), to, object, null, cc, null, audience, summary, null,
        null, null, null);
  }

  private static Activity withTag(Activity a, List<Tag> tag) {
    return new Activity(a.id(), a.type(), a.actor(), a.to(), a.object(), a.target(), a.cc(), tag, a.audience(),
        a.summary(), a.content(), a.removeData(), a.expires(), a.endTime());
  }
}
