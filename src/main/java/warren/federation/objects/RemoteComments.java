package warren.federation.objects;

import java.util.Optional;
import org.jdbi.v3.core.Handle;
import warren.domain.DomainException;
import warren.domain.ErrorType;
import warren.domain.Tx;
import warren.domain.comments.Comments;
import warren.federation.protocol.Note;
import warren.federation.protocol.Page;
import warren.store.Stores;
import warren.store.comment.Comment;
import warren.store.comment.CommentStore;
import warren.store.community.Community;
import warren.store.person.Person;
import warren.store.post.Post;

/**
 * Remote comments: a {@code Note} with {@code inReplyTo}, read as Lemmy reads one
 * ({@code objects/comment.rs}) and stored through {@link Comments#receive}. A reply whose parent
 * is unknown here has the parent fetched first, and its parent, up the chain to the post, at most
 * {@link Comments#MAX_DEPTH} levels (Lemmy's limit); each level fetches on a budget of its own.
 */
public final class RemoteComments {
  private final Tx tx;
  private final Stores stores;
  private final ObjectFetcher fetcher;
  private final FederationPolicy policy;
  private final RemotePersons persons;
  private final RemotePosts posts;
  private final Comments comments;

  public RemoteComments(Tx tx, Stores stores, ObjectFetcher fetcher, FederationPolicy policy, RemotePersons persons,
      RemotePosts posts, Comments comments) {
    this.tx = tx;
    this.stores = stores;
    this.fetcher = fetcher;
    this.policy = policy;
    this.persons = persons;
    this.posts = posts;
    this.comments = comments;
  }

  public Optional<Comment> known(String apId) {
    return tx.read(h -> stores.comments().readByApId(h, apId));
  }

  /** The comment with this id: from the database, else fetched with its missing ancestors and stored. */
  public Comment resolve(String apId) {
    Optional<Comment> known = known(apId);
    if (known.isPresent()) return known.get();
    if (policy.isLocal(apId)) throw new DomainException(ErrorType.COULDNT_FIND_COMMENT, apId);
    if (!(Documents.read(fetcher.fetch(apId)) instanceof Note note)) {
      throw new DomainException(ErrorType.COULDNT_FIND_COMMENT, apId + " is not a comment");
    }
    return store(note, 0);
  }

  /** What a reply answers: the post, and the parent comment unless it answers the post. */
  public record Parent(Post post, Comment comment) {}

  /** The post or comment at {@code url}, fetched (with its own ancestors) when unknown. */
  public Parent parent(String url, int depth) {
    Optional<Post> post = posts.known(url);
    if (post.isPresent()) return new Parent(post.get(), null);
    Optional<Comment> comment = known(url);
    if (comment.isPresent()) return new Parent(postOf(comment.get()), comment.get());
    if (policy.isLocal(url)) throw new DomainException(ErrorType.COULDNT_FIND_OBJECT, url);
    if (depth >= Comments.MAX_DEPTH) throw new DomainException(ErrorType.MAX_COMMENT_DEPTH_REACHED);
    return ObjectFetcher.withBudget(() -> switch (Documents.read(fetcher.fetch(url))) {
      case Note note -> {
        Comment c = store(note, depth + 1);
        yield new Parent(postOf(c), c);
      }
      case Page page -> new Parent(posts.store(page, null), null);
      default -> throw new DomainException(ErrorType.COULDNT_FIND_OBJECT, url + " is neither post nor comment");
    });
  }

  /** A Note ready to store: creator, post and parent known, the checks needing no transaction passed. */
  public record Prepared(Person creator, Post post, Comment parent, CommentStore.RemoteComment data) {}

  public Prepared prepare(Note note) {
    return prepare(note, 0);
  }

  private Prepared prepare(Note note, int depth) {
    if (note.id() == null || note.attributedTo() == null || note.attributedTo().id() == null
        || note.inReplyTo() == null || note.inReplyTo().id() == null || note.content() == null) {
      throw new DomainException(ErrorType.COULDNT_FIND_COMMENT, "incomplete comment " + note.id());
    }
    policy.requireRemoteAllowed(note.id());
    String creatorId = note.attributedTo().id();
    if (!FederationPolicy.sameDomain(creatorId, note.id())) {
      throw new DomainException(ErrorType.UNKNOWN, note.id() + " is not on the domain of its creator " + creatorId);
    }
    if (!Addressing.isPublic(note.to(), note.cc())) throw new DomainException(ErrorType.OBJECT_IS_NOT_PUBLIC);
    Parent parent = parent(note.inReplyTo().id(), depth);
    Community community = tx.read(h -> stores.communities().read(h, parent.post().communityId())).orElseThrow();
    if (note.audience() != null && note.audience().id() != null
        && !note.audience().id().equalsIgnoreCase(community.actorId())) {
      throw new DomainException(ErrorType.INVALID_COMMUNITY);
    }
    Person creator = persons.resolve(creatorId);
    String content = InboundText.withAttachments(InboundText.markdown(note.content(), note.mediaType(), note.source()),
        note.attachment());
    int language = tx.read(h -> Languages.id(stores, h, note.language()));
    return new Prepared(creator, parent.post(), parent.comment(), new CommentStore.RemoteComment(note.id(),
        creator.id(), parent.post().id(), content == null ? "" : content, language,
        Boolean.TRUE.equals(note.distinguished()), parent.comment() == null ? "0" : parent.comment().path(),
        note.published(), note.updated()));
  }

  /** Writes a prepared Note in the caller's transaction. */
  public Comments.Received apply(Handle h, Prepared p) {
    return comments.receive(h, p.creator(), p.data(), p.parent());
  }

  /** Stores a Note just fetched from its server (by {@code resolve_object}), with its missing ancestors. */
  public Comment resolveFetched(Note note) {
    Optional<Comment> known = known(note.id());
    return known.isPresent() ? known.get() : store(note, 0);
  }

  private Comment store(Note note, int depth) {
    Prepared p = prepare(note, depth);
    return tx.write(h -> {
      apply(h, p);
      return stores.comments().readByApId(h, note.id()).orElseThrow();
    });
  }

  private Post postOf(Comment c) {
    return tx.read(h -> stores.posts().read(h, c.postId())).orElseThrow();
  }
}
