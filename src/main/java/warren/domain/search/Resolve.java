package warren.domain.search;

import java.net.URI;
import java.util.Optional;
import warren.domain.DomainException;
import warren.domain.ErrorType;
import warren.domain.Tx;
import warren.domain.accounts.LocalUserView;
import warren.domain.accounts.PersonDetails;
import warren.domain.comments.CommentListing;
import warren.domain.communities.Communities;
import warren.domain.posts.PostListing;
import warren.store.comment.CommentView;
import warren.store.community.CommunityView;
import warren.store.person.Person;
import warren.store.post.PostView;

/**
 * GET /resolve_object: turns {@code !community@host}, {@code @person@host} or an object's URL into
 * the object. Objects known here resolve; fetching unknown remote ones is federation's job.
 */
public final class Resolve {
  private final Tx tx;
  private final Communities communities;
  private final PersonDetails people;
  private final PostListing posts;
  private final CommentListing comments;
  private final String origin;

  public Resolve(Tx tx, Communities communities, PersonDetails people, PostListing posts, CommentListing comments,
      String origin) {
    this.tx = tx;
    this.communities = communities;
    this.people = people;
    this.posts = posts;
    this.comments = comments;
    this.origin = origin;
  }

  /** Exactly one of the four is set. */
  public record Found(CommentView comment, PostView post, CommunityView community, Person person,
      boolean personIsAdmin) {}

  public Found resolve(Optional<LocalUserView> viewer, String q) {
    if (q == null || q.isBlank()) throw new DomainException(ErrorType.INVALID_BODY, "missing field `q`");
    String s = q.trim();
    try {
      if (s.startsWith("http://") || s.startsWith("https://")) return byUrl(viewer, s);
      if (s.startsWith("!")) return community(viewer, s.substring(1));
      if (s.startsWith("@")) return person(s.substring(1));
      // A bare name@host may be either; Lemmy tries the person first.
      return tx.read(h -> people.byName(h, s)).isPresent() ? person(s) : community(viewer, s);
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
    if (!base.equalsIgnoreCase(origin)) throw new DomainException(ErrorType.COULDNT_FIND_OBJECT);
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

  private static int id(String s) {
    try {
      return Integer.parseInt(s);
    } catch (NumberFormatException e) {
      throw new DomainException(ErrorType.COULDNT_FIND_OBJECT);
    }
  }
}
