package warren.store.site;

import java.time.Instant;

/** A known site, by domain without port. */
public record Instance(int id, String domain, String software, String version, Instant published, Instant updated) {}
