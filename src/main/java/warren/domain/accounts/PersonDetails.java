package warren.domain.accounts;

import java.util.List;
import java.util.Optional;
import warren.domain.ActorHandle;
import warren.domain.DomainException;
import warren.domain.ErrorType;
import warren.domain.Tx;
import warren.domain.comments.CommentListing;
import warren.domain.posts.PostListing;
import warren.store.Stores;
import warren.store.comment.CommentView;
import warren.store.community.Community;
import warren.store.person.Person;
import warren.store.post.PostView;

/** GET /user: a person by id, by local name, or by {@code name@host}, with their posts and comments. */
public final class PersonDetails {
  private final Tx tx;
  private final Stores stores;
  private final String localDomain;
  private final PostListing posts;
  private final CommentListing comments;

  public PersonDetails(Tx tx, Stores stores, String localDomain, PostListing posts, CommentListing comments) {
    this.tx = tx;
    this.stores = stores;
    this.localDomain = localDomain;
    this.posts = posts;
    this.comments = comments;
  }

  public record Details(Person person, boolean isAdmin) {}

  /** Lemmy's GetPersonDetails. */
  public record Query(Integer personId, String username, String sort, Integer page, Integer limit,
      Integer communityId, Boolean savedOnly) {}

  public record Profile(Details details, List<PostView> posts, List<CommentView> comments, List<Community> moderates) {}

  public Profile profile(Optional<LocalUserView> viewer, Query q) {
    Details d = find(q.personId(), q.username());
    boolean saved = Boolean.TRUE.equals(q.savedOnly());
    Integer creator = saved ? null : d.person().id();
    String sort = q.sort() == null ? "New" : q.sort();
    var postPage = posts.list(viewer, new PostListing.Query("All", sort, q.page(), q.limit(), q.communityId(), null,
        saved, null, null, null, null, creator, null, null));
    var commentList = comments.list(viewer, new CommentListing.Query("All", CommentListing.sortFor(sort), null, q.page(),
        q.limit(), q.communityId(), null, null, null, saved, null, null, creator, null));
    var moderates = tx.read(h -> stores.communities().moderatedBy(h, d.person().id()));
    return new Profile(d, postPage.posts(), commentList, moderates);
  }

  public Details find(Integer personId, String username) {
    if (personId == null && (username == null || username.isBlank())) throw new DomainException(ErrorType.NO_ID_GIVEN);
    return tx.read(h -> {
      Person p = (personId != null ? stores.persons().read(h, personId) : byName(h, username.trim()))
          .orElseThrow(() -> new DomainException(ErrorType.COULDNT_FIND_PERSON));
      boolean admin = p.local() && stores.localUsers().readByPerson(h, p.id()).map(lu -> lu.admin()).orElse(false);
      return new Details(p, admin);
    });
  }

  public Optional<Person> byName(org.jdbi.v3.core.Handle h, String name) {
    ActorHandle handle = ActorHandle.parse(name);
    return handle.isLocal(localDomain)
        ? stores.persons().readLocalByName(h, handle.name())
        : stores.persons().readByNameAndDomain(h, handle.name(), handle.domain().orElseThrow());
  }

}
