package warren.domain.site;

import java.util.Optional;
import java.util.logging.Logger;
import warren.app.Settings;
import warren.domain.Tx;
import warren.domain.accounts.ActorUrls;
import warren.store.ColumnChanges;
import warren.store.Stores;
import warren.store.person.Person;
import warren.store.person.PersonStore;
import warren.store.site.Site;
import warren.store.user.LocalUserStore;
import warren.support.crypto.Passwords;
import warren.support.crypto.RsaKeys;
import warren.support.crypto.Tokens;

/**
 * What Lemmy's setup does on a new database: the instance row, the site with its actor key pair,
 * its settings and rate limits, the JWT secret, and, when configured, the first admin. Runs on
 * every start and does nothing once done; a lock keeps two nodes starting at once from racing.
 */
public final class FirstStart {
  private static final Logger LOG = Logger.getLogger(FirstStart.class.getName());
  private static final long LOCK_KEY = 0x5761727265_6eL; // "Warren"

  private final Tx tx;
  private final Stores stores;
  private final Passwords passwords;

  public FirstStart(Tx tx, Stores stores, Passwords passwords) {
    this.tx = tx;
    this.stores = stores;
    this.passwords = passwords;
  }

  /** Returns the JWT secret in force. */
  public String ensure(Settings settings) {
    boolean siteExists = tx.read(h -> stores.sites().readLocalSite(h).isPresent());
    if (siteExists) return tx.write(h -> stores.secrets().createJwtSecretIfMissing(h, Tokens.random(48)));

    ActorUrls urls = new ActorUrls(settings.origin());
    Optional<Settings.Setup> setup = settings.setup();
    // Slow work before the lock: at worst a key pair is made for nothing.
    RsaKeys.PemPair siteKeys = RsaKeys.generate();
    RsaKeys.PemPair adminKeys = setup.isPresent() ? RsaKeys.generate() : null;
    String adminHash = setup.map(s -> passwords.hash(s.adminPassword())).orElse(null);
    return tx.write(h -> {
      h.execute("select pg_advisory_xact_lock(?)", LOCK_KEY);
      String secret = stores.secrets().createJwtSecretIfMissing(h, Tokens.random(48));
      if (stores.sites().readLocalSite(h).isPresent()) return secret;

      LOG.info("First start: creating the site " + settings.hostname());
      int instanceId = stores.instances().readOrCreate(h, settings.domain()).id();
      String name = setup.map(Settings.Setup::siteName).orElse("New Site");
      Site site = stores.sites().insertSite(h, name, urls.site(), urls.sharedInbox(),
          siteKeys.publicPem(), siteKeys.privatePem(), instanceId);
      var localSite = stores.sites().insertLocalSite(h, site.id(), setup.isPresent(), settings.federation().debug());
      stores.sites().replaceSiteLanguages(h, site.id(),
          stores.languages().all(h).stream().map(l -> l.id()).toList());

      if (setup.isPresent()) {
        Settings.Setup s = setup.get();
        String actorId = urls.person(s.adminUsername());
        Person admin = stores.persons().insertLocal(h, new PersonStore.NewLocalPerson(s.adminUsername(), actorId,
            urls.inbox(actorId), urls.sharedInbox(), adminKeys.publicPem(), adminKeys.privatePem(), instanceId));
        var user = stores.localUsers().insert(h, new LocalUserStore.NewLocalUser(admin.id(), adminHash,
            s.adminEmail().orElse(null), false, true, localSite.defaultPostListingType(),
            localSite.defaultPostListingMode(), "browser", true, true));
        stores.localUsers().replaceLanguages(h, user.id(),
            stores.languages().all(h).stream().map(l -> l.id()).toList());
        LOG.info("Created admin " + s.adminUsername());
      }
      stores.sites().updateSite(h, site.id(), new ColumnChanges().set("last_refreshed_at", java.time.Instant.now()));
      return secret;
    });
  }
}
