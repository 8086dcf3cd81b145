package warren.store.site;

import java.time.Instant;

/** A row of {@code local_site_url_blocklist}. */
public record BlockedUrl(int id, String url, Instant published, Instant updated) {}
