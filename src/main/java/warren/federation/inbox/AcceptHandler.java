package warren.federation.inbox;

import warren.domain.DomainException;
import warren.domain.ErrorType;
import warren.federation.protocol.Activity;
import warren.store.community.Community;
import warren.store.person.Person;

/**
 * Accept of a local person's Follow by a remote community: the follow stops being pending. As
 * Lemmy wants it, the Accept embeds the whole Follow, and comes from the community followed.
 */
final class AcceptHandler implements ActivityHandler {
  private final InboxServices s;

  AcceptHandler(InboxServices s) {
    this.s = s;
  }

  @Override
  public Effect prepare(Activity accept, Incoming in) {
    Activity follow = Lookups.inner(accept);
    if (!"Follow".equals(follow.type())) return Effect.NONE; // Lemmy sends Accept for follows only
    if (!in.actorId().equals(follow.objectId())) {
      throw new DomainException(ErrorType.UNKNOWN, "only " + follow.objectId() + " can accept a follow of it");
    }
    Person follower = s.remote().persons().known(follow.actorId()).filter(Person::local)
        .orElseThrow(() -> new DomainException(ErrorType.COULDNT_FIND_PERSON, follow.actorId()));
    Community community = s.remote().communities().resolve(in.actorId());
    return h -> s.communities().followAccepted(h, follower, community);
  }
}
