package warren.domain.site;

import java.util.List;

/**
 * Lemmy's CreateSite and EditSite: every field optional, null meaning "leave unchanged" and an
 * empty string meaning "clear". CreateSite requires {@code name}.
 */
public record SiteForm(
    String name,
    String sidebar,
    String description,
    String icon,
    String banner,
    Boolean enableDownvotes,
    Boolean enableNsfw,
    Boolean communityCreationAdminOnly,
    Boolean requireEmailVerification,
    String applicationQuestion,
    Boolean privateInstance,
    String defaultTheme,
    String defaultPostListingType,
    String defaultSortType,
    String legalInformation,
    Boolean applicationEmailAdmins,
    Boolean hideModlogModNames,
    List<Integer> discussionLanguages,
    String slurFilterRegex,
    Integer actorNameMaxLength,
    Integer rateLimitMessage,
    Integer rateLimitMessagePerSecond,
    Integer rateLimitPost,
    Integer rateLimitPostPerSecond,
    Integer rateLimitRegister,
    Integer rateLimitRegisterPerSecond,
    Integer rateLimitImage,
    Integer rateLimitImagePerSecond,
    Integer rateLimitComment,
    Integer rateLimitCommentPerSecond,
    Integer rateLimitSearch,
    Integer rateLimitSearchPerSecond,
    Boolean federationEnabled,
    Boolean federationDebug,
    Boolean captchaEnabled,
    String captchaDifficulty,
    List<String> allowedInstances,
    List<String> blockedInstances,
    List<String> blockedUrls,
    List<String> taglines,
    String registrationMode,
    Boolean reportsEmailAdmins,
    String contentWarning,
    String defaultPostListingMode) {}
