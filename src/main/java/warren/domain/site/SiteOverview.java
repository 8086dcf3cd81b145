package warren.domain.site;

import java.util.List;
import warren.store.person.Person;
import warren.store.site.BlockedUrl;
import warren.store.site.CustomEmoji;
import warren.store.site.Language;
import warren.store.site.Tagline;

/** Everything GET /site shows about the site, read in one transaction. */
public record SiteOverview(
    LocalSiteView site,
    List<Person> admins,
    List<Language> allLanguages,
    List<Integer> discussionLanguages,
    List<Tagline> taglines,
    List<CustomEmoji> customEmojis,
    List<BlockedUrl> blockedUrls) {}
