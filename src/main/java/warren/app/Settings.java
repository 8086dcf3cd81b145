package warren.app;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Everything an admin can configure, read once at start from a YAML file plus environment
 * overrides (see {@link SettingsLoader}). Immutable: a change needs a restart.
 *
 * @param hostname     public host name, with a port when not the default; used in every ActivityPub id
 * @param port         HTTP port to listen on
 * @param bind         address to bind
 * @param databaseUrl  an external PostgreSQL, or empty for the embedded one under {@code dataDir}
 * @param dataDir      where the embedded database and media live
 * @param setup        the first admin and site, created on first start when present
 * @param federation   federation switches
 * @param smtp         outgoing mail, or empty to log mails instead
 */
public record Settings(
    String hostname,
    int port,
    String bind,
    Optional<String> databaseUrl,
    Path dataDir,
    Optional<Setup> setup,
    Federation federation,
    Optional<Smtp> smtp) {

  public record Setup(String adminUsername, String adminPassword, String siteName, Optional<String> adminEmail) {}

  /**
   * @param debug allows {@code http://} ids and loopback peers; for test rigs only
   * @param fastDelivery re-checks the outbox every ~100 ms instead of seconds (Lemmy's test flag)
   * @param delivery how the outbox delivers
   */
  public record Federation(boolean debug, boolean fastDelivery, Delivery delivery) {
    public Federation(boolean debug, boolean fastDelivery) {
      this(debug, fastDelivery, Delivery.DEFAULTS);
    }
  }

  /**
   * @param workers whether this node runs delivery workers (nodes sharing a database may leave it to some)
   * @param perSite most deliveries in flight to one site, over all nodes
   * @param total most deliveries in flight from this node
   * @param deadAfterDays a site failing this long is dead: its queue is dropped until it answers again
   */
  public record Delivery(boolean workers, int perSite, int total, int deadAfterDays) {
    public static final Delivery DEFAULTS = new Delivery(true, 8, 256, 3);
  }

  public record Smtp(String host, int port, Optional<String> username, Optional<String> password,
      String from, Tls tls) {
    public enum Tls { none, starttls, tls }
  }

  /** The scheme that ActivityPub ids and links use: plain HTTP only in federation debug mode. */
  public String scheme() {
    return federation.debug() ? "http" : "https";
  }

  /** The site's origin, such as {@code https://warren.example}. */
  public String origin() {
    return scheme() + "://" + hostname;
  }

  /** The host name without a port: instance domains are compared on this, as Lemmy does. */
  public String domain() {
    int colon = hostname.lastIndexOf(':');
    return colon > 0 && !hostname.endsWith("]") ? hostname.substring(0, colon) : hostname;
  }
}
