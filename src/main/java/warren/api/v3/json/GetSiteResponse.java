package warren.api.v3.json;

import java.util.List;

/** lemmy-js-client {@code GetSiteResponse}. */
public record GetSiteResponse(SiteView siteView, List<PersonView> admins, String version, MyUserInfo myUser,
    List<Language> allLanguages, List<Integer> discussionLanguages, List<Tagline> taglines,
    List<CustomEmojiView> customEmojis, List<LocalSiteUrlBlocklist> blockedUrls) {}
