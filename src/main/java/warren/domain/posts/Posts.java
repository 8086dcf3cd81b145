package warren.domain.posts;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
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
import warren.store.ColumnChanges;
import warren.store.Stores;
import warren.store.community.Community;
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

  public Posts(Tx tx, Stores stores, SiteService site, CommunityPermissions permissions, LinkPreviews previews,
      Executor background, String origin) {
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
    });
  }

  /** POST /post/remove: a moderator removes or restores. */
  public void remove(LocalUserView user, int postId, boolean removed) {
    tx.run(h -> {
      Post p = requirePost(h, postId);
      permissions.requireModOrAdmin(h, user, p.communityId(), false);
      stores.posts().update(h, postId, new ColumnChanges().set("removed", removed));
    });
  }

  /** POST /post/like: 1, -1, or 0 to take the vote back. Voting also marks the post read. */
  public void vote(LocalUserView user, int postId, int score) {
    if (score < -1 || score > 1) throw new DomainException(ErrorType.INVALID_VOTE_VALUE);
    if (score == -1 && !site.local().localSite().enableDownvotes()) {
      throw new DomainException(ErrorType.DOWNVOTES_ARE_DISABLED);
    }
    tx.run(h -> {
      Post p = requirePost(h, postId);
      permissions.requireUserAction(h, user, p.communityId());
      stores.posts().vote(h, user.person().id(), postId, score);
      stores.posts().mark(h, user.person().id(), List.of(postId), "read", true);
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
      } else {
        throw new DomainException(ErrorType.INVALID_BODY, "unknown variant `" + type + "` for feature_type");
      }
    });
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
      List<String> blocked = tx.read(h -> stores.blockedUrls().list(h)).stream().map(b -> b.url()).toList();
      if (UrlBlocklist.blocks(blocked, url)) throw new DomainException(ErrorType.BLOCKED_URL);
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
