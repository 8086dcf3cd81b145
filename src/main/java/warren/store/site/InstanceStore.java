package warren.store.site;

import java.util.Locale;
import org.jdbi.v3.core.Handle;

/** Known sites by domain (lower case, without port). */
public final class InstanceStore {

  public Instance readOrCreate(Handle h, String domain) {
    String d = domain.toLowerCase(Locale.ROOT);
    // Insert-or-read in one statement so concurrent first contacts agree on one row.
    return h.createQuery("""
            with inserted as (
              insert into instance (domain) values (:d)
              on conflict ((lower(domain))) do nothing
              returning *)
            select * from inserted
            union all
            select * from instance where lower(domain) = :d
            limit 1""")
        .bind("d", d).mapTo(Instance.class).one();
  }

  /**
   * Every other site known here, with where it stands: on the block list, on the allow list, and
   * whether people or communities of it are stored.
   */
  public record Known(Instance instance, boolean blocked, boolean allowed, boolean hasActors) {}

  public java.util.List<Known> listOthers(Handle h) {
    return h.createQuery("""
            select i.*,
                   exists (select 1 from federation_blocklist b where b.instance_id = i.id) as blocked,
                   exists (select 1 from federation_allowlist a where a.instance_id = i.id) as allowed,
                   (exists (select 1 from person p where p.instance_id = i.id and not p.local)
                    or exists (select 1 from community c where c.instance_id = i.id and not c.local)) as has_actors
            from instance i
            where not exists (select 1 from site s join local_site ls on ls.site_id = s.id where s.instance_id = i.id)
            order by i.id""")
        .map((rs, ctx) -> new Known(new Instance(rs.getInt("id"), rs.getString("domain"), rs.getString("software"),
            rs.getString("version"), rs.getTimestamp("published").toInstant(),
            rs.getTimestamp("updated") == null ? null : rs.getTimestamp("updated").toInstant()),
            rs.getBoolean("blocked"), rs.getBoolean("allowed"), rs.getBoolean("has_actors")))
        .list();
  }
}
