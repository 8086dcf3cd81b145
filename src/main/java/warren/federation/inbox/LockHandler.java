package warren.federation.inbox;

import warren.domain.DomainException;
import warren.domain.ErrorType;
import warren.domain.posts.Posts;
import warren.federation.objects.Addressing;
import warren.federation.protocol.Activity;
import warren.store.community.Community;
import warren.store.person.Person;
import warren.store.post.Post;

/** Lock of a post by a moderator, and its Undo: a locked post takes comments from moderators only. */
final class LockHandler implements ActivityHandler {
  private final InboxServices s;

  LockHandler(InboxServices s) {
    this.s = s;
  }

  @Override
  public Effect prepare(Activity lock, Incoming in) {
    return prepare(lock, in, true);
  }

  @Override
  public Effect prepareUndo(Activity lock, Incoming in) {
    return prepare(lock, in, false);
  }

  private Effect prepare(Activity lock, Incoming in, boolean locked) {
    if (lock.objectId() == null) throw new DomainException(ErrorType.UNKNOWN, "Lock without object");
    if (!Addressing.isPublic(lock.to(), lock.cc())) throw new DomainException(ErrorType.OBJECT_IS_NOT_PUBLIC);
    Post post = s.remote().posts().resolve(lock.objectId());
    Community c = Lookups.community(s, post.communityId());
    Lookups.requireAudience(lock, c);
    in.inCommunity(c);
    Person moderator = Lookups.person(s, in.actorId());
    return h -> s.posts().moderateFromRemote(h, moderator, post.id(), Posts.ModAction.LOCK, locked);
  }
}
