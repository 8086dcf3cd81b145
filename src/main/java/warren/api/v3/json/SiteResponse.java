package warren.api.v3.json;

import java.util.List;

/** lemmy-js-client {@code SiteResponse}. */
public record SiteResponse(SiteView siteView, List<Tagline> taglines) {}
