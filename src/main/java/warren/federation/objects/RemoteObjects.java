package warren.federation.objects;

import java.util.Locale;
import warren.domain.DomainException;
import warren.domain.ErrorType;
import warren.domain.search.RemoteLookup;
import warren.federation.discovery.WebFingerClient;
import warren.federation.protocol.ApObject;
import warren.federation.protocol.GroupActor;
import warren.federation.protocol.Note;
import warren.federation.protocol.Page;
import warren.federation.protocol.PersonActor;

/**
 * Every kind of remote object, for whoever has only a URL or a handle: {@code resolve_object},
 * and inbox handlers whose object may be a post or a comment. As Lemmy's search fetcher, a URL is
 * fetched and read as whatever its document is (Page, Note, Person or Group).
 */
public final class RemoteObjects implements RemoteLookup {
  private final RemotePersons persons;
  private final RemoteCommunities communities;
  private final RemotePosts posts;
  private final RemoteComments comments;
  private final ObjectFetcher fetcher;
  private final FederationPolicy policy;
  private final WebFingerClient webFinger;

  public RemoteObjects(RemotePersons persons, RemoteCommunities communities, RemotePosts posts,
      RemoteComments comments, ObjectFetcher fetcher, FederationPolicy policy, WebFingerClient webFinger) {
    this.persons = persons;
    this.communities = communities;
    this.posts = posts;
    this.comments = comments;
    this.fetcher = fetcher;
    this.policy = policy;
    this.webFinger = webFinger;
  }

  public RemotePersons persons() {
    return persons;
  }

  public RemoteCommunities communities() {
    return communities;
  }

  public RemotePosts posts() {
    return posts;
  }

  public RemoteComments comments() {
    return comments;
  }

  public FederationPolicy policy() {
    return policy;
  }

  /** A post or a comment, by id: known here, or fetched. */
  public Ref postOrComment(String url) {
    var post = posts.known(url);
    if (post.isPresent()) return new Ref(Kind.POST, post.get().id());
    var comment = comments.known(url);
    if (comment.isPresent()) return new Ref(Kind.COMMENT, comment.get().id());
    Ref ref = fetchUrl(url);
    if (ref.kind() != Kind.POST && ref.kind() != Kind.COMMENT) {
      throw new DomainException(ErrorType.COULDNT_FIND_OBJECT, url + " is neither post nor comment");
    }
    return ref;
  }

  /** The JSON at {@code url}, as it came (an activity fetched by its id). */
  public tools.jackson.databind.JsonNode fetchDocumentTree(String url) {
    return fetcher.fetch(url);
  }

  /** The document at {@code url}, read but not stored. */
  public ApObject fetchDocument(String url) {
    return Documents.read(fetcher.fetch(url));
  }

  @Override
  public Ref fetchUrl(String url) {
    return ObjectFetcher.withBudget(() -> notGone(url, () -> switch (Documents.read(fetcher.fetch(url))) {
      case Page page -> new Ref(Kind.POST, posts.store(page, null).id());
      case Note note -> new Ref(Kind.COMMENT, comments.resolveFetched(note).id());
      case PersonActor person -> new Ref(Kind.PERSON, persons.store(person).id());
      case GroupActor group -> new Ref(Kind.COMMUNITY, communities.store(group).id());
      case ApObject other -> throw new DomainException(ErrorType.COULDNT_FIND_OBJECT, url + " is a " + other.type());
    }));
  }

  @Override
  public Ref fetchHandle(String name, String host) {
    policy.requireDomainAllowed(host.replaceFirst(":\\d+$", "").toLowerCase(Locale.ROOT));
    return ObjectFetcher.withBudget(() -> {
      DomainException last = new DomainException(ErrorType.COULDNT_FIND_OBJECT, name + "@" + host);
      for (String url : webFinger.actorUrls(name, host)) {
        try {
          Ref ref = notGone(url, () -> switch (Documents.read(fetcher.fetch(url))) {
            case PersonActor p -> new Ref(Kind.PERSON, persons.store(p).id());
            case GroupActor g -> new Ref(Kind.COMMUNITY, communities.store(g).id());
            case ApObject other -> null;
          });
          if (ref != null) return ref;
        } catch (DomainException e) {
          last = e;
        }
      }
      throw last;
    });
  }

  /** A deleted object is, to whoever asked for it, one not found. */
  private static Ref notGone(String url, java.util.function.Supplier<Ref> fetch) {
    try {
      return fetch.get();
    } catch (ObjectFetcher.Gone e) {
      throw new DomainException(ErrorType.COULDNT_FIND_OBJECT, url + " is gone");
    }
  }
}
