package warren.federation.inbox;

import warren.domain.DomainException;
import warren.domain.ErrorType;
import warren.domain.posts.Posts;
import warren.federation.objects.Addressing;
import warren.federation.protocol.Activity;
import warren.store.community.Community;
import warren.store.community.CommunityStore;
import warren.store.person.Person;
import warren.store.post.Post;

/**
 * Add and Remove: a moderator changes a community's moderators (the object a person) or its
 * featured posts (the object a post of that community). The {@code target} is matched against
 * the collection URLs stored with each community, as Lemmy matches it.
 */
final class CollectionChanges {
  private final InboxServices s;

  CollectionChanges(InboxServices s) {
    this.s = s;
  }

  Effect prepare(Activity a, Incoming in, boolean add) {
    if (a.objectId() == null || a.target() == null || a.target().id() == null) {
      throw new DomainException(ErrorType.UNKNOWN, a.type() + " needs an object and a target");
    }
    if (!Addressing.isPublic(a.to(), a.cc())) throw new DomainException(ErrorType.OBJECT_IS_NOT_PUBLIC);
    CommunityStore.ByCollection target = s.tx().read(h -> s.stores().communities().readByCollectionUrl(h, a.target().id()))
        .orElseThrow(() -> new DomainException(ErrorType.COULDNT_FIND_COMMUNITY, a.target().id()));
    Community c = target.community();
    Lookups.requireAudience(a, c);
    in.inCommunity(c);
    Person actor = Lookups.person(s, in.actorId());
    if (target.kind() == CommunityStore.CollectionKind.MODERATORS) {
      Person moderator = Lookups.person(s, a.objectId());
      return h -> s.communities().setModeratorFromRemote(h, actor, c, moderator, add);
    }
    Post post = s.remote().posts().resolve(a.objectId());
    if (post.communityId() != c.id()) throw new DomainException(ErrorType.INVALID_COMMUNITY);
    return h -> s.posts().moderateFromRemote(h, actor, post.id(), Posts.ModAction.FEATURE, add);
  }
}
