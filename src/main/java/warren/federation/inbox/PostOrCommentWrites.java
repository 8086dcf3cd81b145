package warren.federation.inbox;

import warren.domain.DomainException;
import warren.domain.ErrorType;
import warren.federation.objects.Addressing;
import warren.federation.objects.FederationPolicy;
import warren.federation.objects.RemoteComments;
import warren.federation.objects.RemotePosts;
import warren.federation.protocol.Activity;
import warren.federation.protocol.ApObject;
import warren.federation.protocol.ApReader;
import warren.federation.protocol.GroupActor;
import warren.federation.protocol.Note;
import warren.federation.protocol.Page;
import warren.store.community.Community;
import warren.store.person.Person;

/**
 * Create and Update of posts and comments, which Lemmy handles alike: the actor is the object's
 * author, on the object's domain; both are public; the object is read as a comment when it replies
 * to something, else as a post. The object is taken as embedded when the actor signed it; inside
 * an Announce from another domain it is fetched from its own server instead, since nobody signed
 * the copy. Update also takes a Group, from a moderator of that remote community.
 */
final class PostOrCommentWrites {
  private final InboxServices s;

  PostOrCommentWrites(InboxServices s) {
    this.s = s;
  }

  Effect prepare(Activity a, Incoming in, boolean update) {
    if (a.object() == null || !a.object().isEmbedded()) {
      throw new DomainException(ErrorType.UNKNOWN, a.type() + " must embed its object");
    }
    if (a.to() == null || !Addressing.isPublic(a.to(), a.cc())) throw new DomainException(ErrorType.OBJECT_IS_NOT_PUBLIC);
    String type = a.object().embeddedType().orElse("");
    if (type.equals("Group")) {
      if (!update) return Effect.NONE;
      return updateGroup(a, in);
    }
    if (!type.equals("Note") && !type.equals("Page") && !type.equals("Article") && !type.equals("Video")
        && !type.equals("Event")) {
      return Effect.NONE; // private messages (ChatMessage), persons and the like: not taken here
    }
    ApObject object = ApReader.read(a.object().node());
    String author = object instanceof Note n ? idOf(n.attributedTo()) : ((Page) object).creatorId();
    if (!in.actorId().equals(author)) {
      throw new DomainException(ErrorType.UNKNOWN, in.actorId() + " is not the author of " + object.id());
    }
    if (!FederationPolicy.sameDomain(in.actorId(), object.id())) {
      throw new DomainException(ErrorType.UNKNOWN, object.id() + " is not on the domain of " + in.actorId());
    }
    if (in.announced() && !FederationPolicy.sameDomain(object.id(), in.announcer().actorId())) {
      object = refetch(object);
    }
    return switch (object) {
      case Note note -> comment(a, note, in);
      case Page page -> post(a, page, in);
      default -> throw new DomainException(ErrorType.COULDNT_FIND_OBJECT, object.id());
    };
  }

  private Effect post(Activity a, Page page, Incoming in) {
    RemotePosts.Prepared p = s.remote().posts().prepare(page, null);
    Lookups.requireAudience(a, p.community());
    in.inCommunity(p.community());
    return h -> s.remote().posts().apply(h, p);
  }

  private Effect comment(Activity a, Note note, Incoming in) {
    RemoteComments.Prepared p = s.remote().comments().prepare(note);
    Community c = Lookups.community(s, p.post().communityId());
    Lookups.requireAudience(a, c);
    in.inCommunity(c);
    return h -> s.remote().comments().apply(h, p);
  }

  /**
   * Update{Group}: a moderator edits a community. A remote one is stored as sent; of a local one
   * only what its moderators may edit here is taken (title, description, images, NSFW, posting
   * restriction), as Lemmy lets remote moderators edit its communities.
   */
  private Effect updateGroup(Activity a, Incoming in) {
    GroupActor group = a.object().as(GroupActor.class);
    Community c = s.remote().communities().known(group.id())
        .orElseThrow(() -> new DomainException(ErrorType.COULDNT_FIND_COMMUNITY, group.id()));
    in.inCommunity(c);
    Person moderator = Lookups.person(s, in.actorId());
    if (c.local()) {
      String description = warren.federation.objects.InboundText.markdown(group.summary(), "text/html", group.source());
      var edit = new warren.domain.communities.Communities.RemoteEdit(
          group.name() == null || group.name().isBlank() ? null : group.name().strip(), description,
          group.icon() == null ? null : group.icon().url(), group.image() == null ? null : group.image().url(),
          group.sensitive(), group.postingRestrictedToMods());
      return h -> s.communities().editFromRemote(h, moderator, c, edit);
    }
    return h -> {
      s.permissions().requireRemoteModerator(h, moderator, c);
      s.remote().communities().upsert(h, group);
    };
  }

  /** The object as its own server has it now; it must still be the same kind. */
  private ApObject refetch(ApObject embedded) {
    ApObject fetched = s.remote().fetchDocument(embedded.id());
    if (fetched.getClass() != embedded.getClass() || !embedded.id().equals(fetched.id())) {
      throw new DomainException(ErrorType.COULDNT_FIND_OBJECT, embedded.id() + " is not what was announced");
    }
    return fetched;
  }

  private static String idOf(warren.federation.protocol.ObjectRef ref) {
    return ref == null ? null : ref.id();
  }
}
