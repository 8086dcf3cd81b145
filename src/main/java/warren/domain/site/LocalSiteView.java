package warren.domain.site;

import warren.store.site.LocalSite;
import warren.store.site.LocalSiteRateLimit;
import warren.store.site.Site;

/** The local site with its settings and rate limits, read together. */
public record LocalSiteView(Site site, LocalSite localSite, LocalSiteRateLimit rateLimit) {}
