package warren.federation.inbox;

import java.util.Optional;
import warren.domain.DomainException;
import warren.domain.ErrorType;
import warren.domain.search.RemoteLookup;
import warren.federation.protocol.Activity;
import warren.store.comment.Comment;
import warren.store.community.Community;
import warren.store.person.Person;
import warren.store.post.Post;

/**
 * Likes, Dislikes and their Undo: a remote person's vote on a post or comment, fetched when
 * unknown here, through the same domain path and counters as a local vote.
 */
final class VoteWrites {
  private final InboxServices s;

  VoteWrites(InboxServices s) {
    this.s = s;
  }

  /** The item voted on, and the community it is in. */
  private record Target(boolean post, int id, int communityId) {}

  Effect prepare(Activity vote, Incoming in, int score) {
    if (vote.objectId() == null) throw new DomainException(ErrorType.UNKNOWN, "vote without object");
    Target target = target(vote.objectId());
    Community c = Lookups.community(s, target.communityId());
    Lookups.requireAudience(vote, c);
    in.inCommunity(c);
    Person voter = Lookups.person(s, in.actorId());
    return h -> {
      if (target.post()) s.posts().voteFromRemote(h, voter, target.id(), score);
      else s.comments().voteFromRemote(h, voter, target.id(), score);
    };
  }

  /**
   * A known post's row, read by its ActivityPub id, already names its community: votes are the
   * busiest activity, so that is one query, not a second read by row id. A comment needs its
   * post's. An unknown item is fetched (and stored) first.
   */
  private Target target(String url) {
    Optional<Post> post = s.remote().posts().known(url);
    if (post.isPresent()) return new Target(true, post.get().id(), post.get().communityId());
    Optional<Comment> comment = s.remote().comments().known(url);
    if (comment.isEmpty()) {
      RemoteLookup.Ref fetched = s.remote().postOrComment(url);
      if (fetched.kind() == RemoteLookup.Kind.POST) return new Target(true, fetched.id(), communityOfPost(fetched.id()));
      comment = s.tx().read(h -> s.stores().comments().read(h, fetched.id()));
    }
    Comment found = comment.orElseThrow(() -> new DomainException(ErrorType.COULDNT_FIND_OBJECT, url));
    return new Target(false, found.id(), communityOfPost(found.postId()));
  }

  private int communityOfPost(int postId) {
    return s.tx().read(h -> s.stores().posts().read(h, postId)).map(Post::communityId)
        .orElseThrow(() -> new DomainException(ErrorType.COULDNT_FIND_POST));
  }
}
