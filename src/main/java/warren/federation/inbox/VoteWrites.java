package warren.federation.inbox;

import java.util.Optional;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
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
    // The rows read here are handed to the domain, which checks the vote now (the ban is read on
    // this activity's connection) and leaves only the vote itself for the shared transaction.
    Consumer<Handle> write = s.tx().read(h -> target.post() != null
        ? s.posts().voteFromRemote(h, voter, target.post(), target.community(), score)
        : s.comments().voteFromRemote(h, voter, target.comment(), target.community(), score));
    return write::accept;
  }

  /**
   * A known item is read with its community in one query (votes are the busiest activity): the
   * post and its community, or the comment and its post's. An unknown item is fetched (and
   * stored) first.
   */
  private Target target(String url) {
    Optional<Target> known = s.tx().read(h -> s.stores().posts().readByApIdInCommunity(h, url)
        .map(p -> new Target(p.row(), null, p.community()))
        .or(() -> s.stores().comments().readByApIdInCommunity(h, url).map(c -> new Target(null, c.row(), c.community()))));
    if (known.isPresent()) return known.get();
    RemoteLookup.Ref fetched = s.remote().postOrComment(url);
    if (fetched.kind() == RemoteLookup.Kind.POST) {
      Post p = s.tx().read(h -> s.stores().posts().read(h, fetched.id()))
          .orElseThrow(() -> new DomainException(ErrorType.COULDNT_FIND_POST, url));
      return new Target(p, null, Lookups.community(s, p.communityId()));
    }
    Comment found = s.tx().read(h -> s.stores().comments().read(h, fetched.id()))
        .orElseThrow(() -> new DomainException(ErrorType.COULDNT_FIND_OBJECT, url));
    Community c = s.tx().read(h -> s.stores().communities().readOfPost(h, found.postId()))
        .orElseThrow(() -> new DomainException(ErrorType.COULDNT_FIND_POST));
    return new Target(null, found, c);
  }
}
