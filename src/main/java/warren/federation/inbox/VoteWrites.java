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

  /** The item voted on (a post or a comment), and the community it is in. */
  private record Target(Post post, Comment comment, Community community) {}

  Effect prepare(Activity vote, Incoming in, int score) {
    if (vote.objectId() == null) throw new DomainException(ErrorType.UNKNOWN, "vote without object");
    Target target = target(vote.objectId());
    Lookups.requireAudience(vote, target.community());
    in.inCommunity(target.community());
    Person voter = Lookups.person(s, in.actorId());
    // The rows read here are handed to the domain, which checks the ban in the transaction.
    return h -> {
      if (target.post() != null) s.posts().voteFromRemote(h, voter, target.post(), target.community(), score);
      else s.comments().voteFromRemote(h, voter, target.comment(), target.community(), score);
    };
  }

  /**
   * A known post's row, read by its ActivityPub id, already names its community: votes are the
   * busiest activity, so that is one query, not a second read by row id. A comment needs its
   * post's, read with one join. An unknown item is fetched (and stored) first.
   */
  private Target target(String url) {
    Optional<Post> post = s.remote().posts().known(url);
    if (post.isPresent()) return new Target(post.get(), null, Lookups.community(s, post.get().communityId()));
    Optional<Comment> comment = s.remote().comments().known(url);
    if (comment.isEmpty()) {
      RemoteLookup.Ref fetched = s.remote().postOrComment(url);
      if (fetched.kind() == RemoteLookup.Kind.POST) {
        Post p = s.tx().read(h -> s.stores().posts().read(h, fetched.id()))
            .orElseThrow(() -> new DomainException(ErrorType.COULDNT_FIND_POST, url));
        return new Target(p, null, Lookups.community(s, p.communityId()));
      }
      comment = s.tx().read(h -> s.stores().comments().read(h, fetched.id()));
    }
    Comment found = comment.orElseThrow(() -> new DomainException(ErrorType.COULDNT_FIND_OBJECT, url));
    Community c = s.tx().read(h -> s.stores().communities().readOfPost(h, found.postId()))
        .orElseThrow(() -> new DomainException(ErrorType.COULDNT_FIND_POST));
    return new Target(null, found, c);
  }
}
