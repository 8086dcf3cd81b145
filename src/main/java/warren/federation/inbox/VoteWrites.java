package warren.federation.inbox;

import warren.domain.search.RemoteLookup;
import warren.federation.protocol.Activity;
import warren.store.community.Community;
import warren.store.person.Person;

/**
 * Likes, Dislikes and their Undo: a remote person's vote on a post or comment, fetched when
 * unknown here, through the same domain path and counters as a local vote.
 */
final class VoteWrites {
  private final InboxServices s;

  VoteWrites(InboxServices s) {
    this.s = s;
  }

  Effect prepare(Activity vote, Incoming in, int score) {
    if (vote.objectId() == null) throw new warren.domain.DomainException(warren.domain.ErrorType.UNKNOWN, "vote without object");
    RemoteLookup.Ref target = s.remote().postOrComment(vote.objectId());
    boolean post = target.kind() == RemoteLookup.Kind.POST;
    Community c = s.tx().read(h -> post ? s.stores().posts().read(h, target.id()).map(p -> p.communityId())
            : s.stores().comments().read(h, target.id())
                .flatMap(cm -> s.stores().posts().read(h, cm.postId())).map(p -> p.communityId()))
        .map(id -> Lookups.community(s, id)).orElseThrow();
    Lookups.requireAudience(vote, c);
    in.inCommunity(c);
    Person voter = Lookups.person(s, in.actorId());
    return h -> {
      if (post) s.posts().voteFromRemote(h, voter, target.id(), score);
      else s.comments().voteFromRemote(h, voter, target.id(), score);
    };
  }
}
