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
}
