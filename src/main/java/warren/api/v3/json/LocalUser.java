package warren.api.v3.json;

/** lemmy-js-client {@code LocalUser}: settings only, never the password hash or 2FA secret. */
public record LocalUser(
    int id, int personId, String email, boolean showNsfw, String theme, String defaultSortType,
    String defaultListingType, String interfaceLanguage, boolean showAvatars, boolean sendNotificationsToEmail,
    boolean showScores, boolean showBotAccounts, boolean showReadPosts, boolean emailVerified,
    boolean acceptedApplication, boolean openLinksInNewTab, boolean blurNsfw, boolean autoExpand,
    boolean infiniteScrollEnabled, boolean admin, String postListingMode,
    boolean totp2faEnabled, boolean enableKeyboardNavigation,
    boolean enableAnimatedImages, boolean collapseBotComments) {

  public static LocalUser of(warren.store.user.LocalUser u) {
    return new LocalUser(u.id(), u.personId(), u.email(), u.showNsfw(), u.theme(), u.defaultSortType(),
        u.defaultListingType(), u.interfaceLanguage(), u.showAvatars(), u.sendNotificationsToEmail(),
        u.showScores(), u.showBotAccounts(), u.showReadPosts(), u.emailVerified(), u.acceptedApplication(),
        u.openLinksInNewTab(), u.blurNsfw(), u.autoExpand(), u.infiniteScrollEnabled(), u.admin(),
        u.postListingMode(), u.totp2faEnabled(), u.enableKeyboardNavigation(), u.enableAnimatedImages(),
        u.collapseBotComments());
  }
}
