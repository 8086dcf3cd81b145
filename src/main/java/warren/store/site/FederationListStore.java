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

  /** The domains on a list, in lower case. */
  public java.util.Set<String> domains(Handle h, Kind kind) {
    return java.util.Set.copyOf(h.createQuery("select lower(i.domain) from instance i join " + kind.table
            + " l on l.instance_id = i.id")
        .mapTo(String.class).list());
  }
}
