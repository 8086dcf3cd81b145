package warren.domain.accounts;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import warren.domain.DomainException;
import warren.domain.ErrorType;
import warren.domain.Tx;
import warren.domain.pronouns.Pronouns;
import warren.domain.site.Enums;
import warren.domain.site.LocalSiteView;
import warren.domain.site.SiteService;
import warren.store.ColumnChanges;
import warren.store.Stores;
import warren.support.text.SlurFilter;
import warren.support.text.Validation;
import warren.support.web.Urls;

/** PUT /user/save_user_settings. */
public final class AccountSettings {
  private final Tx tx;
  private final Stores stores;
  private final SiteService site;
  private final AccountMail mail;
  private final Pronouns pronouns;

  public AccountSettings(Tx tx, Stores stores, SiteService site, AccountMail mail, Pronouns pronouns) {
    this.tx = tx;
    this.stores = stores;
    this.site = site;
    this.mail = mail;
    this.pronouns = pronouns;
  }

  public void save(LocalUserView user, UserSettingsForm f) {
    LocalSiteView sv = site.local();
    var ls = sv.localSite();
    SlurFilter slurs = SlurFilter.of(ls.slurFilterRegex());

    String email = f.email() == null ? null : f.email().trim().toLowerCase(Locale.ROOT);
    if ("".equals(email) && ls.requireEmailVerification()) throw new DomainException(ErrorType.EMAIL_REQUIRED);
    if (f.bio() != null && !f.bio().isEmpty()) {
      Validation.bio(f.bio());
      slurs.check(f.bio());
    }
    // The length limit is on the name alone; the pronoun suffix shown after it does not count.
    var name = pronouns.nameChange(user.person(), f.displayName(), f.pronouns());
    if (name.displayName() != null) {
      Validation.displayName(name.displayName(), ls.actorNameMaxLength());
      slurs.check(name.displayName());
    }
    if (f.matrixUserId() != null && !f.matrixUserId().isEmpty()) Validation.matrixId(f.matrixUserId());
    if (f.avatar() != null && !f.avatar().isEmpty()) Urls.requireHttp(f.avatar());
    if (f.banner() != null && !f.banner().isEmpty()) Urls.requireHttp(f.banner());
    Enums.check(f.defaultSortType(), Enums.SORT_TYPES, "default_sort_type");
    Enums.check(f.defaultListingType(), Enums.LISTING_TYPES, "default_listing_type");
    Enums.check(f.postListingMode(), Enums.POST_LISTING_MODES, "post_listing_mode");

    tx.run(h -> {
      boolean emailChanged = email != null && !email.isEmpty() && !email.equals(user.localUser().email());
      if (emailChanged && stores.localUsers().emailTaken(h, email)) {
        throw new DomainException(ErrorType.EMAIL_ALREADY_EXISTS);
      }
      stores.persons().update(h, user.person().id(), new ColumnChanges()
          .set("display_name", name.displayName())
          .clearIf(name.clearDisplayName(), "display_name")
          .set("bio", nonEmpty(f.bio())).clearIf("".equals(f.bio()), "bio")
          .set("matrix_user_id", nonEmpty(f.matrixUserId())).clearIf("".equals(f.matrixUserId()), "matrix_user_id")
          .set("avatar", nonEmpty(f.avatar())).clearIf("".equals(f.avatar()), "avatar")
          .set("banner", nonEmpty(f.banner())).clearIf("".equals(f.banner()), "banner")
          .set("bot_account", f.botAccount()));
      if (name.pronouns() != null) stores.persons().setPronouns(h, user.person().id(), name.pronouns());
      stores.localUsers().update(h, user.localUser().id(), new ColumnChanges()
          .set("email", nonEmpty(email)).clearIf("".equals(email), "email")
          .set("show_avatars", f.showAvatars())
          .set("show_read_posts", f.showReadPosts())
          .set("send_notifications_to_email", f.sendNotificationsToEmail())
          .set("show_nsfw", f.showNsfw())
          .set("blur_nsfw", f.blurNsfw())
          .set("auto_expand", f.autoExpand())
          .set("show_bot_accounts", f.showBotAccounts())
          .set("show_scores", f.showScores())
          .set("default_sort_type", f.defaultSortType())
          .set("default_listing_type", f.defaultListingType())
          .set("theme", f.theme())
          .set("interface_language", f.interfaceLanguage())
          .set("open_links_in_new_tab", f.openLinksInNewTab())
          .set("infinite_scroll_enabled", f.infiniteScrollEnabled())
          .set("post_listing_mode", f.postListingMode())
          .set("enable_keyboard_navigation", f.enableKeyboardNavigation())
          .set("enable_animated_images", f.enableAnimatedImages())
          .set("collapse_bot_comments", f.collapseBotComments())
          .set("vote_display_score", f.showScores())
          .set("vote_display_upvotes", f.showUpvotes())
          .set("vote_display_downvotes", f.showDownvotes())
          .set("vote_display_upvote_percentage", f.showUpvotePercentage()));
      if (f.discussionLanguages() != null) {
        var ids = new LinkedHashSet<>(f.discussionLanguages().isEmpty()
            ? stores.languages().all(h).stream().map(l -> l.id()).toList()
            : f.discussionLanguages());
        ids.add(0); // "undetermined" stays on, or posts without a language tag would vanish
        stores.localUsers().replaceLanguages(h, user.localUser().id(), ids.stream().sorted().toList());
      }
      if (emailChanged) mail.sendVerification(h, user.localUser().id(), user.person().name(), email);
    });
  }

  /** Lemmy reports "all languages" as an empty list. */
  public List<Integer> discussionLanguages(LocalUserView user) {
    return tx.read(h -> {
      List<Integer> ids = stores.localUsers().readLanguages(h, user.localUser().id());
      return ids.size() == stores.languages().all(h).size() ? List.<Integer>of() : ids;
    });
  }

  private static String nonEmpty(String s) {
    return s == null || s.isEmpty() ? null : s;
  }
}
