package warren.api.v3.json;

import warren.domain.site.LocalSiteView;

/** lemmy-js-client {@code SiteView}. */
public record SiteView(Site site, LocalSite localSite, LocalSiteRateLimit localSiteRateLimit, SiteAggregates counts) {

  public static SiteView of(LocalSiteView v, SiteAggregates counts) {
    return new SiteView(Site.of(v.site()), LocalSite.of(v.localSite()), LocalSiteRateLimit.of(v.rateLimit()), counts);
  }
}
