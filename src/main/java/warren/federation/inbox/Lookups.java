package warren.federation.inbox;

import java.util.Optional;
import warren.domain.DomainException;
import warren.domain.ErrorType;
import warren.federation.protocol.Activity;
import warren.store.comment.Comment;
import warren.store.community.Community;
import warren.store.person.Person;
import warren.store.post.Post;

/** The lookups several handlers share. */
final class Lookups {
  private Lookups() {}

  /** The activity's actor as a person (fetched when unknown or stale). */
  static Person person(InboxServices s, String actorId) {
    return s.remote().persons().resolve(actorId);
  }

  static Community community(InboxServices s, int id) {
    return s.tx().read(h -> s.stores().communities().read(h, id))
        .orElseThrow(() -> new DomainException(ErrorType.COULDNT_FIND_COMMUNITY));
  }

  /** An Undo, Accept or Announce embeds the activity it is about; a bare URL is refused, as Lemmy refuses it. */
  static Activity inner(Activity a) {
    if (a.object() == null || !a.object().isEmbedded()) {
      throw new DomainException(ErrorType.UNKNOWN, a.type() + " must embed the activity it is about");
    }
    Activity inner = a.innerActivity();
    if (inner.type() == null || inner.actorId() == null) {
      throw new DomainException(ErrorType.UNKNOWN, "the activity inside " + a.type() + " has no type or actor");
    }
    return inner;
  }

  /** Only the actor of an activity may take it back. */
  static void requireSameActor(Activity inner, Incoming in) {
    if (!in.actorId().equals(inner.actorId())) {
      throw new DomainException(ErrorType.UNKNOWN, in.actorId() + " cannot undo what " + inner.actorId() + " did");
    }
  }

  /** When an activity names its community ({@code audience}), it must be the one its object is in. */
  static void requireAudience(Activity a, Community c) {
    if (a.audience() != null && a.audience().id() != null && !a.audience().id().equalsIgnoreCase(c.actorId())) {
      throw new DomainException(ErrorType.INVALID_COMMUNITY);
    }
  }

  /** A post, comment, community or person that the database has by its ActivityPub id. */
  record Known(Post post, Comment comment, Community community, Person person) {}

  static Optional<Known> known(InboxServices s, String id) {
    if (id == null) return Optional.empty();
    return s.tx().read(h -> {
      var post = s.stores().posts().readByApId(h, id);
      if (post.isPresent()) return Optional.of(new Known(post.get(), null, null, null));
      var comment = s.stores().comments().readByApId(h, id);
      if (comment.isPresent()) return Optional.of(new Known(null, comment.get(), null, null));
      var community = s.stores().communities().readByActorId(h, id);
      if (community.isPresent()) return Optional.of(new Known(null, null, community.get(), null));
      return s.stores().persons().readByActorId(h, id).map(p -> new Known(null, null, null, p));
    });
  }

  /** The community a post or comment is in. */
  static Community communityOf(InboxServices s, Post post, Comment comment) {
    int postId = post != null ? post.id() : comment.postId();
    return s.tx().read(h -> s.stores().posts().read(h, postId)
        .flatMap(p -> s.stores().communities().read(h, p.communityId())))
        .orElseThrow(() -> new DomainException(ErrorType.COULDNT_FIND_COMMUNITY));
  }

  /** The {@code type} of a JSON object, or of the first of a type list. */
  static String typeOf(tools.jackson.databind.JsonNode node) {
    var type = node.get("type");
    if (type != null && type.isArray() && !type.isEmpty()) type = type.get(0);
    return type != null && type.isString() ? type.stringValue() : null;
  }
}
