package warren.store.site;

import java.time.Instant;

public record Tagline(int id, int localSiteId, String content, Instant published, Instant updated) {}
