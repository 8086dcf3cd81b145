package warren.federation.inbox;

import warren.domain.DomainException;
import warren.domain.ErrorType;
import warren.federation.protocol.Activity;
import warren.store.community.Community;
import warren.store.person.Person;

/**
 * Follow of a local community by a person of another site: stored as an accepted follow (Lemmy
 * accepts at once), then {@link InboxHooks#followAccepted} sends the Accept. Follows of local
 * people are taken and ignored: Warren keeps no person followers.
 */
final class FollowHandler implements ActivityHandler {
  private final InboxServices s;

  FollowHandler(InboxServices s) {
    this.s = s;
  }

  @Override
  public Effect prepare(Activity follow, Incoming in) {
    String object = follow.objectId();
    if (object == null) throw new DomainException(ErrorType.UNKNOWN, "Follow without object");
    if (follow.to() != null && !follow.to().isEmpty() && !follow.to().getFirst().equals(object)) {
      throw new DomainException(ErrorType.UNKNOWN, "a Follow must be addressed to what it follows");
    }
    Community c = local(object);
    if (c == null) return Effect.NONE;
    Person follower = Lookups.person(s, in.actorId());
    return h -> {
      s.communities().followFromRemote(h, follower, c);
      s.hooks().followAccepted(h, follow, c, follower);
    };
  }

  @Override
  public Effect prepareUndo(Activity follow, Incoming in) {
    Community c = follow.objectId() == null ? null : local(follow.objectId());
    if (c == null) return Effect.NONE;
    Person follower = Lookups.person(s, in.actorId());
    return h -> s.communities().unfollowFromRemote(h, follower, c);
  }

  /** The local community followed; null for a local person; not found for anything else. */
  private Community local(String id) {
    var known = Lookups.known(s, id);
    if (known.isPresent() && known.get().community() != null && known.get().community().local()) {
      return known.get().community();
    }
    if (known.isPresent() && known.get().person() != null && known.get().person().local()) return null;
    throw new DomainException(ErrorType.COULDNT_FIND_COMMUNITY, id);
  }
}
