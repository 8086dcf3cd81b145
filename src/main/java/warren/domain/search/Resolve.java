package warren.domain.search;

import java.net.URI;
import java.util.Optional;
import warren.domain.ActorHandle;
import warren.domain.DomainException;
import warren.domain.ErrorType;
import warren.domain.Tx;
import warren.domain.accounts.LocalUserView;
import warren.domain.accounts.PersonDetails;
import warren.domain.comments.CommentListing;
import warren.domain.communities.Communities;
import warren.domain.posts.PostListing;
import warren.store.Stores;
import warren.store.comment.CommentView;
import warren.store.community.CommunityView;
import warren.store.person.Person;
import warren.store.post.PostView;

/**
 * GET /resolve_object: turns {@code !community@host}, {@code @person@host} or an object's URL into
 * the object. Objects known here resolve for anyone; unknown remote ones are fetched through
 * {@link RemoteLookup}, for signed-in users only, as Lemmy 0.19 allows.
 */
public final class Resolve {
  private final Tx tx;
  private final Communities communities;
  private final PersonDetails people;
  private final PostListing posts;
  private final CommentListing comments;
  private final String origin;
  private final Stores stores;
  private final java.util.function.Supplier<RemoteLookup> remote;

  /** @param remote federation's lookup, asked for lazily since federation is wired after this */
  public Resolve(Tx tx, Stores stores, Communities communities, PersonDetails people, PostListing posts,
      CommentListing comments, String origin, java.util.function.Supplier<RemoteLookup> remote) {
    this.tx = tx;
    this.stores = stores;
    this.remote = remote;
    this.communities = communities;
    this.people = people;
    this.posts = posts;
    this.comments = comments;
    this.origin = origin;
  }

  /** Exactly one of the four is set. */
  public record Found(CommentView comment, PostView post, CommunityView community, Person person,
      boolean personIsAdmin) {}

  /** As Lemmy, a deleted or removed object resolves to nothing, even where it is still stored. */
  public Found resolve(Optional<LocalUserView> viewer, String q) {
    Found f = find(viewer, q);
    boolean gone = f.comment() != null ? f.comment().comment().deleted() || f.comment().comment().removed()
        : f.post() != null ? f.post().post().deleted() || f.post().post().removed()
        : f.community() != null ? f.community().community().deleted() || f.community().community().removed()
        : f.person() != null && f.person().deleted();
    if (gone) throw new DomainException(ErrorType.COULDNT_FIND_OBJECT);
    return f;
  }

  private Found find(Optional<LocalUserView> viewer, String q) {
    if (q == null || q.isBlank()) throw new DomainException(ErrorType.INVALID_BODY, "missing field `q`");
    String s = q.trim();
    try {
      if (s.startsWith("http://") || s.startsWith("https://")) return byUrl(viewer, s);
      String handle = s.startsWith("!") || s.startsWith("@") ? s.substring(1) : s;
      // Known here: the prefix picks the kind; a bare name@host may be either, the person first.
      if (s.startsWith("!") && tx.read(h -> communities.byName(h, handle)).isPresent()) return community(viewer, handle);
      if (!s.startsWith("!") && tx.read(h -> people.byName(h, handle)).isPresent()) return person(handle);
      if (!s.startsWith("@") && tx.read(h -> communities.byName(h, handle)).isPresent()) return community(viewer, handle);
      int at = handle.indexOf('@');
      if (at <= 0 || viewer.isEmpty() || ActorHandle.parse(handle).isLocal(localDomain())) {
        throw new DomainException(ErrorType.COULDNT_FIND_OBJECT);
      }
      // WebFinger decides whether it is a person or a community, whatever the prefix.
      return found(viewer, fetched(() -> remote.get().fetchHandle(handle.substring(0, at), handle.substring(at + 1))));
    } catch (DomainException e) {
      if (e.type().isNotFound()) throw new DomainException(ErrorType.COULDNT_FIND_OBJECT);
      throw e;
    }
  }

  private Found community(Optional<LocalUserView> viewer, String name) {
    var c = tx.read(h -> communities.byName(h, name))
        .orElseThrow(() -> new DomainException(ErrorType.COULDNT_FIND_OBJECT));
    return new Found(null, null, communities.details(c.id(), viewer).view(), null, false);
  }

  private Found person(String name) {
    var d = people.find(null, name);
    return new Found(null, null, null, d.person(), d.isAdmin());
  }

  /** Our own URLs: /post/{id}, /comment/{id}, /c/{name} and /u/{name}. */
  private Found byUrl(Optional<LocalUserView> viewer, String url) {
    URI uri;
    try {
      uri = URI.create(url);
    } catch (IllegalArgumentException e) {
      throw new DomainException(ErrorType.INVALID_URL);
    }
    String base = uri.getScheme() + "://" + uri.getRawAuthority();
    if (!base.equalsIgnoreCase(origin)) {
      Optional<RemoteLookup.Ref> known = tx.read(h -> knownByApId(h, url));
      if (known.isPresent()) return found(viewer, known.get());
      if (viewer.isEmpty()) throw new DomainException(ErrorType.COULDNT_FIND_OBJECT);
      return found(viewer, fetched(() -> remote.get().fetchUrl(url)));
    }
    String[] parts = uri.getPath().replaceAll("^/+|/+$", "").split("/");
    if (parts.length != 2) throw new DomainException(ErrorType.COULDNT_FIND_OBJECT);
    return switch (parts[0]) {
      case "post" -> new Found(null, posts.view(id(parts[1]), viewer), null, null, false);
      case "comment" -> new Found(comments.get(viewer, id(parts[1])), null, null, null, false);
      case "c" -> community(viewer, parts[1]);
      case "u" -> person(parts[1]);
      default -> throw new DomainException(ErrorType.COULDNT_FIND_OBJECT);
    };
  }

  /** A copy of a remote object, by its ActivityPub id. */
  private Optional<RemoteLookup.Ref> knownByApId(org.jdbi.v3.core.Handle h, String url) {
    var post = stores.posts().readByApId(h, url);
    if (post.isPresent()) return Optional.of(new RemoteLookup.Ref(RemoteLookup.Kind.POST, post.get().id()));
    var comment = stores.comments().readByApId(h, url);
    if (comment.isPresent()) return Optional.of(new RemoteLookup.Ref(RemoteLookup.Kind.COMMENT, comment.get().id()));
    var community = stores.communities().readByActorId(h, url);
    if (community.isPresent()) {
      return Optional.of(new RemoteLookup.Ref(RemoteLookup.Kind.COMMUNITY, community.get().id()));
    }
    return stores.persons().readByActorId(h, url).map(p -> new RemoteLookup.Ref(RemoteLookup.Kind.PERSON, p.id()));
  }

  private Found found(Optional<LocalUserView> viewer, RemoteLookup.Ref ref) {
    return switch (ref.kind()) {
      case POST -> new Found(null, posts.view(ref.id(), viewer), null, null, false);
      case COMMENT -> new Found(comments.get(viewer, ref.id()), null, null, null, false);
      case COMMUNITY -> new Found(null, null, communities.details(ref.id(), viewer).view(), null, false);
      case PERSON -> {
        var d = people.find(ref.id(), null);
        yield new Found(null, null, null, d.person(), d.isAdmin());
      }
    };
  }

  /** As Lemmy: whatever keeps a remote object from being had, the answer is couldnt_find_object. */
  private static RemoteLookup.Ref fetched(java.util.function.Supplier<RemoteLookup.Ref> fetch) {
    try {
      return fetch.get();
    } catch (DomainException e) {
      throw new DomainException(ErrorType.COULDNT_FIND_OBJECT, e.detail().orElse(e.type().wireName()));
    }
  }

  private String localDomain() {
    String host = URI.create(origin).getHost();
    return host == null ? "" : host;
  }

  private static int id(String s) {
    try {
      return Integer.parseInt(s);
    } catch (NumberFormatException e) {
      throw new DomainException(ErrorType.COULDNT_FIND_OBJECT);
    }
  }
}
