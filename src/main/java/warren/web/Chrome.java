package warren.web;

import warren.domain.accounts.LocalUserView;
import warren.store.site.Site;

/**
 * What every page's frame shows: the site, the signed-in person (or null), the form token, the
 * colour theme, the path of the page, which forms send back so actions return to it, and the
 * page's rendered Markdown.
 */
public record Chrome(Site site, LocalUserView me, String csrf, String theme, String path, boolean downvotes,
    Content content) {

  /** The same frame for another page: fragments answer a post but belong to the page it came from. */
  Chrome at(String otherPath) {
    return new Chrome(site, me, csrf, theme, otherPath, downvotes, content);
  }

  public boolean signedIn() {
    return me != null;
  }

  public boolean isMe(int personId) {
    return me != null && me.person().id() == personId;
  }

  /** The site's icon, or Warren's own. */
  public String icon() {
    String icon = Names.web(site.icon());
    return icon != null ? icon : Assets.url("warren.svg");
  }

  /** The login page, coming back here after. */
  /** Asked once per vote button of a page (hundreds on a thread): made once per path. */
  private static final warren.support.cache.BoundedCache<String, String> LOGIN_URLS =
      new warren.support.cache.BoundedCache<>(4096);

  public String loginUrl() {
    return LOGIN_URLS.computeIfAbsent(path, p -> "/login?next=" + Pages.encode(p));
  }

  public boolean admin() {
    return me != null && me.isAdmin();
  }
}
