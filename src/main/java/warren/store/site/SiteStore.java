package warren.store.site;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import warren.store.ColumnChanges;

/** The local site: {@code site}, {@code local_site} and {@code local_site_rate_limit}. */
public final class SiteStore {

  /** The local site is the one with a {@code local_site} row. */
  public Optional<Site> readLocalSite(Handle h) {
    return h.createQuery("select s.* from site s join local_site ls on ls.site_id = s.id")
        .mapTo(Site.class).findOne();
  }

  public Optional<LocalSite> readLocalSiteSettings(Handle h) {
    return h.createQuery("select * from local_site").mapTo(LocalSite.class).findOne();
  }

  public Optional<LocalSiteRateLimit> readRateLimit(Handle h) {
    return h.createQuery("select * from local_site_rate_limit").mapTo(LocalSiteRateLimit.class).findOne();
  }

  public Site insertSite(Handle h, String name, String actorId, String inboxUrl, String publicKey,
      String privateKey, int instanceId) {
    return h.createQuery("""
            insert into site (name, actor_id, inbox_url, public_key, private_key, instance_id)
            values (:name, :actorId, :inboxUrl, :publicKey, :privateKey, :instanceId)
            returning *""")
        .bind("name", name).bind("actorId", actorId).bind("inboxUrl", inboxUrl)
        .bind("publicKey", publicKey).bind("privateKey", privateKey).bind("instanceId", instanceId)
        .mapTo(Site.class).one();
  }

  /** Creates the settings row and its rate limits; {@code testRateLimits} lifts every bucket to 999. */
  public LocalSite insertLocalSite(Handle h, int siteId, boolean siteSetup, boolean testRateLimits) {
    LocalSite ls = h.createQuery("insert into local_site (site_id, site_setup) values (:siteId, :setup) returning *")
        .bind("siteId", siteId).bind("setup", siteSetup).mapTo(LocalSite.class).one();
    if (testRateLimits) {
      h.createUpdate("""
              insert into local_site_rate_limit
                (local_site_id, message, post, register, image, comment, search)
              values (:id, 999, 999, 999, 999, 999, 999)""")
          .bind("id", ls.id()).execute();
    } else {
      h.createUpdate("insert into local_site_rate_limit (local_site_id) values (:id)").bind("id", ls.id()).execute();
    }
    return ls;
  }

  public void updateSite(Handle h, int siteId, ColumnChanges changes) {
    changes.apply(h, "site", siteId);
  }

  public void updateLocalSite(Handle h, int localSiteId, ColumnChanges changes) {
    changes.apply(h, "local_site", localSiteId);
  }

  public void updateRateLimit(Handle h, int localSiteId, ColumnChanges changes) {
    if (changes.isEmpty()) return;
    changes.set("updated", java.time.Instant.now());
    changes.applyUntimed(h, "local_site_rate_limit", "local_site_id", localSiteId);
  }

  public List<Integer> readSiteLanguages(Handle h, int siteId) {
    return h.createQuery("select language_id from site_language where site_id = :id order by language_id")
        .bind("id", siteId).mapTo(Integer.class).list();
  }

  public void replaceSiteLanguages(Handle h, int siteId, List<Integer> languageIds) {
    h.createUpdate("delete from site_language where site_id = :id").bind("id", siteId).execute();
    var batch = h.prepareBatch("insert into site_language (site_id, language_id) values (:site, :lang)");
    for (int lang : languageIds) batch.bind("site", siteId).bind("lang", lang).add();
    if (!languageIds.isEmpty()) batch.execute();
  }
}
