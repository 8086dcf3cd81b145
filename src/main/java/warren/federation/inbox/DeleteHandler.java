package warren.federation.inbox;

import warren.domain.DomainException;
import warren.domain.ErrorType;
import warren.domain.posts.Posts;
import warren.federation.objects.Addressing;
import warren.federation.protocol.Activity;
import warren.store.community.Community;
import warren.store.person.Person;

/**
 * Delete, and its Undo (a restore), of something this site has: the object is a URL or a
 * Tombstone, never fetched. On a post or comment, its author's Delete marks it deleted; a Delete
 * with a {@code summary} (Lemmy's mark of a moderator's removal), or by anyone else, is a removal,
 * which needs a moderator of the community. A person's Delete of itself is an account deletion
 * ({@code removeData} erases its content); a moderator's of a remote community deletes that.
 */
final class DeleteHandler implements ActivityHandler {
  private final InboxServices s;

  DeleteHandler(InboxServices s) {
    this.s = s;
  }

  @Override
  public Effect prepare(Activity delete, Incoming in) {
    return prepare(delete, in, true);
  }

  @Override
  public Effect prepareUndo(Activity delete, Incoming in) {
    return prepare(delete, in, false);
  }

  private Effect prepare(Activity d, Incoming in, boolean on) {
    String id = d.objectId();
    if (id == null) throw new DomainException(ErrorType.UNKNOWN, "Delete without object");
    if (!Addressing.isPublic(d.to(), d.cc())) throw new DomainException(ErrorType.OBJECT_IS_NOT_PUBLIC);
    Lookups.Known known = Lookups.known(s, id).orElseThrow(() -> new DomainException(ErrorType.COULDNT_FIND_OBJECT, id));
    boolean removal = d.summary() != null;
    if (known.person() != null) return account(d, in, known.person(), on);
    Person actor = Lookups.person(s, in.actorId());
    if (known.community() != null) {
      Community c = known.community();
      in.inCommunity(c);
      return h -> s.communities().deleteFromRemote(h, actor, c, removal ? "removed" : "deleted", on);
    }
    Community c = Lookups.communityOf(s, known.post(), known.comment());
    Lookups.requireAudience(d, c);
    in.inCommunity(c);
    if (known.post() != null) {
      int postId = known.post().id();
      boolean byCreator = !removal && known.post().creatorId() == actor.id();
      return byCreator ? h -> s.posts().deleteFromRemote(h, actor, postId, on)
          : h -> s.posts().moderateFromRemote(h, actor, postId, Posts.ModAction.REMOVE, on);
    }
    int commentId = known.comment().id();
    boolean byCreator = !removal && known.comment().creatorId() == actor.id();
    return byCreator ? h -> s.comments().deleteFromRemote(h, actor, commentId, on)
        : h -> s.comments().removeFromRemote(h, actor, commentId, on);
  }

  /** Only a person deletes its own account; there is no Undo of that. */
  private Effect account(Activity d, Incoming in, Person person, boolean on) {
    if (!in.actorId().equals(person.actorId())) {
      throw new DomainException(ErrorType.UNKNOWN, in.actorId() + " cannot delete the account " + person.actorId());
    }
    if (!on) return Effect.NONE;
    boolean removeData = Boolean.TRUE.equals(d.removeData());
    return h -> s.accounts().deleteRemote(h, person, removeData);
  }
}
