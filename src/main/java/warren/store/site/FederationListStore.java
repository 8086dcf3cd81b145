package warren.store.site;

import java.util.List;
import org.jdbi.v3.core.Handle;

/** The site's federation allow list and block list, by instance. */
public final class FederationListStore {
  public enum Kind {
    ALLOW("federation_allowlist"), BLOCK("federation_blocklist");
    private final String table;

    Kind(String table) {
      this.table = table;
    }
  }

  public List<Instance> list(Handle h, Kind kind) {
    return h.createQuery("select i.* from instance i join " + kind.table + " l on l.instance_id = i.id order by i.id")
        .mapTo(Instance.class).list();
  }

  public void replace(Handle h, Kind kind, List<Integer> instanceIds) {
    h.createUpdate("delete from " + kind.table).execute();
    var batch = h.prepareBatch("insert into " + kind.table + " (instance_id) values (:id) on conflict do nothing");
    for (int id : instanceIds) batch.bind("id", id).add();
    if (!instanceIds.isEmpty()) batch.execute();
  }

  /** Where a domain (lower case, without port) stands with the two lists. */
  public record Standing(boolean blocked, boolean hasAllowList, boolean allowed) {}

  public Standing standing(Handle h, String domain) {
    return h.createQuery("""
            select exists (select 1 from federation_blocklist l join instance i on i.id = l.instance_id
                           where lower(i.domain) = :d) as blocked,
                   exists (select 1 from federation_allowlist) as has_allow_list,
                   exists (select 1 from federation_allowlist l join instance i on i.id = l.instance_id
                           where lower(i.domain) = :d) as allowed""")
        .bind("d", domain)
        .map((rs, ctx) -> new Standing(rs.getBoolean("blocked"), rs.getBoolean("has_allow_list"),
            rs.getBoolean("allowed")))
        .one();
  }
}
