package warren.domain.accounts;

import java.util.List;

/**
 * Lemmy's SaveUserSettings: null leaves a field as it is; an empty string clears a text field.
 * {@code pronouns} is Warren's own, for its web UI's pickers: when given (empty for none), it sets
 * the pronouns and the display name is plain text; when absent, a Hexbear-style suffix on the
 * display name sets them (see {@link warren.domain.pronouns.NameChange}).
 */
public record UserSettingsForm(
    Boolean showNsfw,
    Boolean blurNsfw,
    Boolean autoExpand,
    String theme,
    String defaultSortType,
    String defaultListingType,
    String interfaceLanguage,
    String avatar,
    String banner,
    String displayName,
    String email,
    String bio,
    String matrixUserId,
    Boolean showAvatars,
    Boolean sendNotificationsToEmail,
    Boolean botAccount,
    Boolean showBotAccounts,
    Boolean showReadPosts,
    List<Integer> discussionLanguages,
    Boolean openLinksInNewTab,
    Boolean infiniteScrollEnabled,
    String postListingMode,
    Boolean enableKeyboardNavigation,
    Boolean enableAnimatedImages,
    Boolean collapseBotComments,
    Boolean showScores,
    Boolean showUpvotes,
    Boolean showDownvotes,
    Boolean showUpvotePercentage,
    List<String> pronouns) {}
