package warren.domain.comments;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import warren.domain.DomainException;
import warren.domain.ErrorType;
import warren.domain.Tx;
import warren.domain.accounts.LocalUserView;
import warren.domain.communities.CommunityPermissions;
import warren.domain.communities.ContentLanguage;
import warren.domain.site.SiteService;
import warren.domain.site.VoteScores;
import warren.store.ColumnChanges;
import warren.store.Stores;
import warren.store.comment.Comment;
import warren.store.comment.CommentStore;
import warren.store.community.Community;
import warren.store.person.Person;
import warren.store.post.Post;
import warren.support.text.SlurFilter;
import warren.support.text.Validation;

/** Writing comments: create, edit, delete, remove, vote, save and distinguish. */
public final class Comments {
  /** Lemmy's deepest thread. */
  public static final int MAX_DEPTH = 50;

  private final Tx tx;
  private final Stores stores;
  private final SiteService site;
  private final CommunityPermissions permissions;
  private final ContentLanguage languages;
  private final String origin;
  private final warren.domain.federation.Publisher publisher;

  public Comments(Tx tx, Stores stores, SiteService site, CommunityPermissions permissions, String origin,
      warren.domain.federation.Publisher publisher) {
    this.publisher = publisher;
    this.tx = tx;
    this.stores = stores;
    this.site = site;
    this.permissions = permissions;
    this.languages = new ContentLanguage(stores);
    this.origin = origin;
  }

  /** The new comment's id and the local users it notifies (Lemmy's recipient_ids). */
  public record Created(int commentId, List<Integer> recipientIds) {}

  public Created create(LocalUserView user, String content, int postId, Integer parentId, Integer languageId) {
    checkContent(content);
    return tx.write(h -> {
      Post post = stores.posts().read(h, postId).orElseThrow(() -> new DomainException(ErrorType.COULDNT_FIND_POST));
      permissions.requireUserAction(h, user, post.communityId());
      if (post.deleted() || post.removed()) throw new DomainException(ErrorType.DELETED);
      if (post.locked() && !permissions.isModOrAdmin(h, user, post.communityId())) {
        throw new DomainException(ErrorType.LOCKED);
      }
      Comment parent = null;
      if (parentId != null) {
        parent = stores.comments().read(h, parentId)
            .orElseThrow(() -> new DomainException(ErrorType.COULDNT_FIND_COMMENT));
        if (parent.postId() != postId) throw new DomainException(ErrorType.COULDNT_CREATE_COMMENT);
        if (parent.path().split("\\.").length > MAX_DEPTH) throw new DomainException(ErrorType.MAX_COMMENT_DEPTH_REACHED);
      }
      int language = languages.choose(h, user, post.communityId(), languageId);
      Comment c = stores.comments().insertLocal(h, new CommentStore.NewComment(user.person().id(), postId, content,
          language, parent == null ? "0" : parent.path(), origin));
      stores.comments().vote(h, user.person().id(), c.id(), 1);
      stores.posts().markCommentsRead(h, user.person().id(), postId);
      List<Integer> recipients = notifyReply(h, user.person().id(), c.id(), post, parent);
      if (parent != null) stores.comments().markRepliesToRead(h, user.person().id(), parent.id());
      publisher.commentCreated(h, c.id());
      return new Created(c.id(), recipients);
    });
  }

  public void edit(LocalUserView user, int commentId, String content, Integer languageId) {
    if (content != null) checkContent(content);
    tx.run(h -> {
      Comment c = require(h, commentId);
      Post post = stores.posts().read(h, c.postId()).orElseThrow();
      permissions.requireUserAction(h, user, post.communityId());
      if (c.creatorId() != user.person().id()) throw new DomainException(ErrorType.NO_COMMENT_EDIT_ALLOWED);
      if (post.locked() && !permissions.isModOrAdmin(h, user, post.communityId())) {
        throw new DomainException(ErrorType.LOCKED);
      }
      Integer language = languageId == null ? null : languages.choose(h, user, post.communityId(), languageId);
      stores.comments().update(h, commentId, new ColumnChanges().set("content", content).set("language_id", language));
      publisher.commentUpdated(h, commentId);
    });
  }

  public void delete(LocalUserView user, int commentId, boolean deleted) {
    tx.run(h -> {
      Comment c = require(h, commentId);
      if (c.deleted() == deleted) throw new DomainException(ErrorType.COULDNT_UPDATE_COMMENT);
      Post post = stores.posts().read(h, c.postId()).orElseThrow();
      permissions.requireUserAction(h, user, post.communityId());
      if (c.creatorId() != user.person().id()) throw new DomainException(ErrorType.NO_COMMENT_EDIT_ALLOWED);
      stores.comments().update(h, commentId, new ColumnChanges().set("deleted", deleted));
      publisher.commentDeleted(h, user.person(), commentId, deleted, false, null);
    });
  }

  public void remove(LocalUserView user, int commentId, boolean removed) {
    tx.run(h -> {
      Comment c = require(h, commentId);
      Post post = stores.posts().read(h, c.postId()).orElseThrow();
      permissions.requireModOrAdmin(h, user, post.communityId(), false);
      stores.comments().update(h, commentId, new ColumnChanges().set("removed", removed));
      if (c.removed() != removed) publisher.commentDeleted(h, user.person(), commentId, removed, true, null);
    });
  }

  public void vote(LocalUserView user, int commentId, int score) {
    VoteScores.local(site, score);
    tx.run(h -> {
      Comment c = require(h, commentId);
      Post post = stores.posts().read(h, c.postId()).orElseThrow();
      permissions.requireUserAction(h, user, post.communityId());
      stores.comments().vote(h, user.person().id(), commentId, score);
      publisher.commentVoted(h, user.person(), commentId, score);
    });
  }

  public void save(LocalUserView user, int commentId, boolean save) {
    tx.run(h -> {
      require(h, commentId);
      stores.comments().save(h, user.person().id(), commentId, save);
    });
  }

  /** POST /comment/distinguish: a moderator marks their own comment as speaking for the community. */
  public void distinguish(LocalUserView user, int commentId, boolean distinguished) {
    tx.run(h -> {
      Comment c = require(h, commentId);
      Post post = stores.posts().read(h, c.postId()).orElseThrow();
      permissions.requireModOrAdmin(h, user, post.communityId(), false);
      if (c.creatorId() != user.person().id()) throw new DomainException(ErrorType.NO_COMMENT_EDIT_ALLOWED);
      stores.comments().update(h, commentId, new ColumnChanges().set("distinguished", distinguished));
      publisher.commentUpdated(h, commentId);
    });
  }

  /** POST /comment/mark_as_read: the recipient marks a reply notification. */
  public CommentStore.Reply markReply(LocalUserView user, int replyId, boolean read) {
    return tx.write(h -> {
      var reply = stores.comments().readReply(h, replyId)
          .orElseThrow(() -> new DomainException(ErrorType.COULDNT_FIND_COMMENT_REPLY));
      if (reply.recipientId() != user.person().id()) throw new DomainException(ErrorType.COULDNT_UPDATE_COMMENT);
      stores.comments().markReply(h, replyId, read);
      return stores.comments().readReply(h, replyId).orElseThrow();
    });
  }

  /** The local author of what a new comment answers gets a reply notification; their local user ids. */
  private List<Integer> notifyReply(Handle h, int authorId, int commentId, Post post, Comment parent) {
    List<Integer> recipients = new ArrayList<>();
    int recipient = parent == null ? post.creatorId() : parent.creatorId();
    if (recipient != authorId) {
      var local = stores.localUsers().readByPerson(h, recipient);
      if (local.isPresent()) {
        stores.comments().addReply(h, recipient, commentId);
        recipients.add(local.get().id());
      }
    }
    return recipients;
  }

  // ---- The same rules for what other sites send (the federation inbox), inside the caller's
  // transaction, so that one received activity is applied whole or not at all.

  /** What a received Create or Update of a comment did. */
  public enum Received { CREATED, UPDATED, UNCHANGED }

  /**
   * A comment another site sent (Create or Update of a Note), by its creator: the checks of
   * {@link #create} (not banned, community open, post neither deleted nor removed, locked posts
   * take moderators only, depth, slurs), then stored by its ActivityPub id. An update must be
   * newer than what is stored; only a moderator may change {@code distinguished}.
   */
  public Received receive(Handle h, Person creator, CommentStore.RemoteComment data, Comment parent) {
    Post post = stores.posts().read(h, data.postId()).orElseThrow(() -> new DomainException(ErrorType.COULDNT_FIND_POST));
    var community = permissions.requireUserAction(h, creator, post.communityId());
    if (post.deleted() || post.removed()) throw new DomainException(ErrorType.DELETED);
    boolean moderator = permissions.mayModerateFromRemote(h, creator, community);
    if (post.locked() && !moderator) throw new DomainException(ErrorType.POST_IS_LOCKED);
    SlurFilter.of(site.local().localSite().slurFilterRegex()).check(data.content());
    var existing = stores.comments().readByApId(h, data.apId());
    if (existing.isPresent()) {
      Comment c = existing.get();
      if (c.creatorId() != creator.id() || c.postId() != data.postId()) {
        throw new DomainException(ErrorType.NO_COMMENT_EDIT_ALLOWED);
      }
      if (data.distinguished() != c.distinguished() && !moderator) throw new DomainException(ErrorType.NOT_A_MODERATOR);
      java.time.Instant stored = c.updated() != null ? c.updated() : c.published();
      if (data.updated() != null && stored != null && !data.updated().isAfter(stored)) return Received.UNCHANGED;
      stores.comments().update(h, c.id(), new ColumnChanges().set("content", data.content())
          .set("language_id", data.languageId()).set("distinguished", data.distinguished()));
      return Received.UPDATED;
    }
    if (data.distinguished() && !moderator) throw new DomainException(ErrorType.NOT_A_MODERATOR);
    if (parent != null && parent.path().split("\\.").length > MAX_DEPTH) {
      throw new DomainException(ErrorType.MAX_COMMENT_DEPTH_REACHED);
    }
    var inserted = stores.comments().insertRemote(h, data);
    if (inserted.isEmpty()) return Received.UNCHANGED; // a concurrent copy won
    stores.comments().vote(h, creator.id(), inserted.get().id(), 1);
    notifyReply(h, creator.id(), inserted.get().id(), post, parent);
    return Received.CREATED;
  }

  /**
   * A remote person's vote, as {@link #vote}; with downvotes off a downvote takes back the vote.
   * {@code community} is the one of the comment's post, as the inbox read it just before. Checked
   * now and stored by the write it returns, as {@code Posts.voteFromRemote}.
   */
  public Consumer<Handle> voteFromRemote(Handle h, Person voter, Comment comment,
      Community community, int score) {
    int vote = VoteScores.remote(site, score);
    if (voter.botAccount()) throw new DomainException(ErrorType.INVALID_BOT_ACTION);
    permissions.requireUserAction(h, voter, community);
    return w -> stores.comments().vote(w, voter.id(), comment.id(), vote);
  }

  /** The creator on another site deletes or restores their comment. */
  public void deleteFromRemote(Handle h, Person actor, int commentId, boolean deleted) {
    Comment c = require(h, commentId);
    if (c.creatorId() != actor.id()) throw new DomainException(ErrorType.NO_COMMENT_EDIT_ALLOWED);
    if (c.deleted() != deleted) stores.comments().update(h, commentId, new ColumnChanges().set("deleted", deleted));
  }

  /** A moderator on another site removes or restores a comment. */
  public void removeFromRemote(Handle h, Person moderator, int commentId, boolean removed) {
    Comment c = require(h, commentId);
    Post post = stores.posts().read(h, c.postId()).orElseThrow();
    permissions.requireRemoteModerator(h, moderator, permissions.require(h, post.communityId()));
    stores.comments().update(h, commentId, new ColumnChanges().set("removed", removed));
  }

  private Comment require(Handle h, int commentId) {
    return stores.comments().read(h, commentId).orElseThrow(() -> new DomainException(ErrorType.COULDNT_FIND_COMMENT));
  }

  private void checkContent(String content) {
    Validation.maxLength(content, Validation.BODY_MAX, ErrorType.INVALID_BODY_FIELD);
    if (content.isBlank()) throw new DomainException(ErrorType.INVALID_BODY_FIELD);
    SlurFilter.of(site.local().localSite().slurFilterRegex()).check(content);
  }


}
