package warren.store.user;

import java.time.Instant;

/** A row of {@code local_user}: the private side of a local account. */
public record LocalUser(
    int id,
    int personId,
    String passwordEncrypted,
    String email,
    boolean showNsfw,
    String theme,
    String defaultSortType,
    String defaultListingType,
    String interfaceLanguage,
    boolean showAvatars,
    boolean sendNotificationsToEmail,
    boolean showScores,
    boolean showBotAccounts,
    boolean showReadPosts,
    boolean emailVerified,
    boolean acceptedApplication,
    String totp2faSecret,
    boolean openLinksInNewTab,
    boolean blurNsfw,
    boolean autoExpand,
    boolean infiniteScrollEnabled,
    boolean admin,
    String postListingMode,
    boolean totp2faEnabled,
    boolean enableKeyboardNavigation,
    boolean enableAnimatedImages,
    boolean collapseBotComments,
    boolean voteDisplayScore,
    boolean voteDisplayUpvotes,
    boolean voteDisplayDownvotes,
    boolean voteDisplayUpvotePercentage,
    Instant lastDonationNotification) {}
