package warren.store.site;

import java.util.List;
import org.jdbi.v3.core.Handle;

/** The site's pronoun allow-list, in the order pickers show it. */
public final class PronounStore {

  public List<String> list(Handle h) {
    return h.createQuery("select value from pronoun order by position").mapTo(String.class).list();
  }

  /** The list is edited as a whole. The lock makes two concurrent edits run one after the other. */
  public void replace(Handle h, List<String> values) {
    h.execute("lock table pronoun in exclusive mode");
    h.execute("delete from pronoun");
    if (values.isEmpty()) return;
    h.createUpdate("""
            insert into pronoun (position, value)
            select ord, v from unnest(cast(:values as text[])) with ordinality as t(v, ord)""")
        .bindArray("values", String.class, values).execute();
  }
}
