package warren.domain.posts;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jdbi.v3.core.Handle;
import warren.domain.DomainException;
import warren.domain.ErrorType;
import warren.domain.Tx;
import warren.domain.accounts.LocalUserView;
import warren.domain.communities.CommunityPermissions;
import warren.domain.communities.ContentLanguage;
import warren.domain.site.SiteService;
import warren.domain.site.UrlBlocklist;
import warren.domain.site.VoteScores;
import warren.store.ColumnChanges;
import warren.store.Stores;
import warren.store.community.Community;
import warren.store.person.Person;
import warren.store.post.Post;
import warren.store.post.PostStore;
import warren.support.text.SlurFilter;
import warren.support.text.Validation;
import warren.support.web.Urls;

/** Writing posts: create, edit, delete, remove, vote, and the moderators' lock and feature. */
public final class Posts {
  private static final Logger LOG = Logger.getLogger(Posts.class.getName());
  private static final int ALT_TEXT_MAX = 1500;

  private final Tx tx;
  private final Stores stores;
  private final SiteService site;
  private final CommunityPermissions permissions;
  private final ContentLanguage languages;
  private final LinkPreviews previews;
  private final Executor background;
  private final String origin;
  private final warren.domain.federation.Publisher publisher;

  public Posts(Tx tx, Stores stores, SiteService site, CommunityPermissions permissions, LinkPreviews previews,
      Executor background, String origin, warren.domain.federation.Publisher publisher) {
    this.publisher = publisher;
    this.tx = tx;
    this.stores = stores;
    this.site = site;
    this.permissions = permissions;
    this.languages = new ContentLanguage(stores);
    this.previews = previews;
    this.background = background;
    this.origin = origin;
  }

  public int create(LocalUserView user, PostForm f) {
    if (f.honeypot() != null && !f.honeypot().isEmpty()) throw new DomainException(ErrorType.HONEYPOT_FAILED);
    var ls = site.local().localSite();
    SlurFilter slurs = SlurFilter.of(ls.slurFilterRegex());
    slurs.check(f.name());
    slurs.check(f.body());
    String url = cleanUrl(f.url());
    validate(f, url);
    int postId = tx.write(h -> {
      Community c = permissions.requireUserAction(h, user, f.communityId());
      if (c.postingRestrictedToMods() && !stores.communities().isModerator(h, c.id(), user.person().id())) {
        throw new DomainException(ErrorType.ONLY_MODS_CAN_POST_IN_COMMUNITY);
      }
      int language = languages.choose(h, user, c.id(), f.languageId());
      Post p = stores.posts().insertLocal(h, new PostStore.NewPost(f.name().trim(), url, blankToNull(f.body()),
          user.person().id(), c.id(), c.nsfw() || Boolean.TRUE.equals(f.nsfw()), language,
          blankToNull(f.altText()), blankToNull(f.customThumbnail()), null, origin));
      stores.posts().vote(h, user.person().id(), p.id(), 1);
      stores.posts().mark(h, user.person().id(), List.of(p.id()), "read", true);
      publisher.postCreated(h, p.id());
      return p.id();
    });
    if (url != null) enrichLater(postId, url, f.customThumbnail() != null);
    return postId;
  }

  public int edit(LocalUserView user, PostForm f) {
    var ls = site.local().localSite();
    SlurFilter slurs = SlurFilter.of(ls.slurFilterRegex());
    slurs.check(f.name());
    slurs.check(f.body());
    String url = f.url() == null ? null : cleanUrl(f.url());
    validate(f, url);
    boolean urlChanged = tx.write(h -> {
      Post p = requirePost(h, f.postId());
      permissions.requireUserAction(h, user, p.communityId());
      if (p.creatorId() != user.person().id()) throw new DomainException(ErrorType.NO_POST_EDIT_ALLOWED);
      Integer language = f.languageId() == null ? null : languages.choose(h, user, p.communityId(), f.languageId());
      boolean changed = f.url() != null && !java.util.Objects.equals(url, p.url());
      stores.posts().update(h, p.id(), new ColumnChanges()
          .set("name", f.name() == null ? null : f.name().trim())
          .set("url", url).clearIf("".equals(f.url()), "url")
          .set("body", blankToNull(f.body())).clearIf("".equals(f.body()), "body")
          .set("alt_text", blankToNull(f.altText())).clearIf("".equals(f.altText()), "alt_text")
          .set("nsfw", f.nsfw())
          .set("language_id", language)
          .set("thumbnail_url", blankToNull(f.customThumbnail()))
          .clearIf(changed && f.customThumbnail() == null, "thumbnail_url")
          .clearIf(changed, "embed_title").clearIf(changed, "embed_description")
          .clearIf(changed, "embed_video_url").clearIf(changed, "url_content_type"));
      publisher.postUpdated(h, p.id());
      return changed;
    });
    if (urlChanged && url != null) enrichLater(f.postId(), url, f.customThumbnail() != null);
    return f.postId();
  }

  /** POST /post/delete: the creator deletes or restores. */
  public void delete(LocalUserView user, int postId, boolean deleted) {
    tx.run(h -> {
      Post p = requirePost(h, postId);
      permissions.requireUserAction(h, user, p.communityId());
      if (p.creatorId() != user.person().id()) throw new DomainException(ErrorType.NO_POST_EDIT_ALLOWED);
      stores.posts().update(h, postId, new ColumnChanges().set("deleted", deleted));
      if (p.deleted() != deleted) publisher.postDeleted(h, user.person(), postId, deleted, false, null);
    });
  }

  /** POST /post/remove: a moderator removes or restores. */
  public void remove(LocalUserView user, int postId, boolean removed) {
    tx.run(h -> {
      Post p = requirePost(h, postId);
      permissions.requireModOrAdmin(h, user, p.communityId(), false);
      stores.posts().update(h, postId, new ColumnChanges().set("removed", removed));
      if (p.removed() != removed) publisher.postDeleted(h, user.person(), postId, removed, true, null);
    });
  }

  /** POST /post/like: 1, -1, or 0 to take the vote back. Voting also marks the post read. */
  public void vote(LocalUserView user, int postId, int score) {
    VoteScores.local(site, score);
    tx.run(h -> {
      Post p = requirePost(h, postId);
      permissions.requireUserAction(h, user, p.communityId());
      stores.posts().vote(h, user.person().id(), postId, score);
      stores.posts().mark(h, user.person().id(), List.of(postId), "read", true);
      publisher.postVoted(h, user.person(), postId, score);
    });
  }

  /** PUT /post/save, /post/mark_as_read and /post/hide. */
  public void mark(LocalUserView user, List<Integer> postIds, String what, boolean on) {
    if (postIds.size() > 10_000) throw new DomainException(ErrorType.TOO_MANY_ITEMS);
    tx.run(h -> stores.posts().mark(h, user.person().id(), postIds, what, on));
  }

  /** POST /post/lock. */
  public void lock(LocalUserView user, int postId, boolean locked) {
    tx.run(h -> {
      Post p = requirePost(h, postId);
      permissions.requireModOrAdmin(h, user, p.communityId(), false);
      stores.posts().update(h, postId, new ColumnChanges().set("locked", locked));
      if (p.locked() != locked) publisher.postLocked(h, user.person(), postId, locked);
    });
  }

  /** POST /post/feature: in the community by its moderators, or site-wide by admins. */
  public void feature(LocalUserView user, int postId, boolean featured, String type) {
    tx.run(h -> {
      Post p = requirePost(h, postId);
      if ("Local".equals(type)) {
        SiteService.requireAdmin(user);
        stores.posts().update(h, postId, new ColumnChanges().set("featured_local", featured));
      } else if ("Community".equals(type)) {
        permissions.requireModOrAdmin(h, user, p.communityId(), false);
        stores.posts().update(h, postId, new ColumnChanges().set("featured_community", featured));
        publisher.postFeatured(h, user.person(), postId, featured);
      } else {
        throw new DomainException(ErrorType.INVALID_BODY, "unknown variant `" + type + "` for feature_type");
      }
    });
  }

  // ---- The same rules for what other sites send (the federation inbox). Each runs inside the
  // caller's transaction, so that one received activity is applied whole or not at all.

  /** What a received Create or Update of a post did. */
  public enum Received { CREATED, UPDATED, UNCHANGED }

  /**
   * A post another site sent (Create or Update of a Page), by its creator: the checks of
   * {@link #create} (not banned, community open, mods-only posting in a local community, slurs,
   * blocked links), then stored by its ActivityPub id. An update must be newer than what is
   * stored, as Lemmy's upsert demands, and may not change who wrote it.
   */
  public Received receive(Handle h, Person creator, PostStore.RemotePost data) {
    Community c = permissions.requireUserAction(h, creator, data.communityId());
    if (c.local() && c.postingRestrictedToMods() && !stores.communities().isModerator(h, c.id(), creator.id())) {
      throw new DomainException(ErrorType.ONLY_MODS_CAN_POST_IN_COMMUNITY);
    }
    SlurFilter slurs = SlurFilter.of(site.local().localSite().slurFilterRegex());
    slurs.check(data.name());
    slurs.check(data.body());
    if (data.url() != null) {
      if (UrlBlocklist.blocks(site.blockedUrls(), data.url())) throw new DomainException(ErrorType.BLOCKED_URL);
    }
    Optional<Post> existing = stores.posts().readByApId(h, data.apId());
    if (existing.isPresent()) {
      Post p = existing.get();
      if (p.creatorId() != creator.id() || p.communityId() != data.communityId()) {
        throw new DomainException(ErrorType.NO_POST_EDIT_ALLOWED);
      }
      if (!isNewer(data.updated(), p.updated() != null ? p.updated() : p.published())) return Received.UNCHANGED;
      stores.posts().updateRemote(h, p.id(), data);
      return Received.UPDATED;
    }
    Optional<Post> inserted = stores.posts().insertRemote(h, data);
    if (inserted.isEmpty()) return Received.UNCHANGED; // a concurrent copy won
    stores.posts().vote(h, creator.id(), inserted.get().id(), 1);
    if (data.url() != null) enrichLaterAfterCommit(h, inserted.get().id(), data.url(), data.thumbnailUrl() != null);
    return Received.CREATED;
  }

  /**
   * A remote person's vote: checked now, on {@code h}, and stored (with the counters of
   * {@link #vote}) by the write it returns. With downvotes off, a downvote only takes back an
   * earlier vote, as Lemmy treats a remote Dislike. The inbox read the post and its community just
   * before (to check the activity's audience), so they are taken as given rather than read again.
   * As in Lemmy, which checks an incoming vote before it writes it, the checks are not part of the
   * write's transaction: the inbox's writer then runs only the write (see {@code GroupedWrites}).
   */
  public Consumer<Handle> voteFromRemote(Handle h, Person voter, Post p, Community c, int score) {
    if (p.communityId() != c.id()) throw new IllegalArgumentException("post " + p.id() + " is not in " + c.id());
    int vote = VoteScores.remote(site, score);
    if (voter.botAccount()) throw new DomainException(ErrorType.INVALID_BOT_ACTION);
    permissions.requireUserAction(h, voter, c);
    return w -> stores.posts().vote(w, voter.id(), p.id(), vote);
  }

  /** The creator on another site deletes or restores their post. */
  public void deleteFromRemote(Handle h, Person actor, int postId, boolean deleted) {
    Post p = requirePost(h, postId);
    if (p.creatorId() != actor.id()) throw new DomainException(ErrorType.NO_POST_EDIT_ALLOWED);
    if (p.deleted() != deleted) stores.posts().update(h, postId, new ColumnChanges().set("deleted", deleted));
  }

  /** What a moderator of another site may do to a post. */
  public enum ModAction { REMOVE("removed"), LOCK("locked"), FEATURE("featured_community");
    private final String column;

    ModAction(String column) {
      this.column = column;
    }
  }

  /**
   * A moderator on another site removes, locks or features a post (or undoes it); checked as
   * Lemmy checks a remote moderator. A removal or lock needs a community that is still open.
   */
  public void moderateFromRemote(Handle h, Person moderator, int postId, ModAction action, boolean on) {
    Post p = requirePost(h, postId);
    Community c = permissions.require(h, p.communityId());
    permissions.requireRemoteModerator(h, moderator, c);
    if (action == ModAction.LOCK && (c.deleted() || c.removed())) {
      throw new DomainException(ErrorType.CANNOT_CREATE_POST_OR_COMMENT_IN_DELETED_OR_REMOVED_COMMUNITY);
    }
    stores.posts().update(h, postId, new ColumnChanges().set(action.column, on));
  }

  /** True when {@code incoming} is later than {@code stored}; an update without a date is taken as newer. */
  static boolean isNewer(java.time.Instant incoming, java.time.Instant stored) {
    return incoming == null || stored == null || incoming.isAfter(stored);
  }

  /** The preview fetch waits for the commit, so that it finds the row. */
  private void enrichLaterAfterCommit(Handle h, int postId, String url, boolean hasThumbnail) {
    h.afterCommit(() -> enrichLater(postId, url, hasThumbnail));
  }

  Post requirePost(Handle h, int postId) {
    return stores.posts().read(h, postId).orElseThrow(() -> new DomainException(ErrorType.COULDNT_FIND_POST));
  }

  private void validate(PostForm f, String url) {
    if (f.name() != null) {
      int n = Validation.length(f.name().trim());
      if (n < 3 || n > 200 || f.name().indexOf('\n') >= 0) throw new DomainException(ErrorType.INVALID_POST_TITLE);
    }
    Validation.maxLength(f.body(), Validation.POST_BODY_MAX, ErrorType.INVALID_BODY_FIELD);
    Validation.maxLength(f.altText(), ALT_TEXT_MAX, ErrorType.ALT_TEXT_LENGTH_OVERFLOW);
    if (url != null) {
      Urls.requireHttp(url);
      if (UrlBlocklist.blocks(site.blockedUrls(), url)) throw new DomainException(ErrorType.BLOCKED_URL);
    }
    if (f.customThumbnail() != null && !f.customThumbnail().isEmpty()) Urls.requireHttp(f.customThumbnail());
  }



  /** Fetches the link's preview off the request path; a failed fetch leaves the post as it is. */
  private void enrichLater(int postId, String url, boolean hasCustomThumbnail) {
    background.execute(() -> {
      try {
        previews.fetch(url).ifPresent(p -> tx.run(h -> stores.posts().setPreview(h, postId, p.title(),
            p.description(), p.embedVideoUrl(), p.contentType(), hasCustomThumbnail ? null : p.image())));
      } catch (RuntimeException e) {
        LOG.log(Level.FINE, "no preview for " + url, e);
      }
    });
  }

  /** Trims and strips tracking parameters, as Lemmy does before storing a post's link. */
  private static String cleanUrl(String url) {
    if (url == null || url.isBlank()) return null;
    return warren.support.web.UrlCleaner.clean(url.trim());
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  /** For readers that need the current row (e.g. to build responses). */
  public Optional<Post> find(int postId) {
    return tx.read(h -> stores.posts().read(h, postId));
  }
}
