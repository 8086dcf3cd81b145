package warren.store.site;

import java.util.List;
import org.jdbi.v3.core.Handle;

/** The fixed language table, which only migrations change: read once, then kept. */
public final class LanguageStore {
  private volatile List<Language> all;

  public List<Language> all(Handle h) {
    List<Language> cached = all;
    if (cached == null) {
      cached = List.copyOf(h.createQuery("select * from language order by id").mapTo(Language.class).list());
      all = cached;
    }
    return cached;
  }

  public int count(Handle h) {
    return all(h).size();
  }
}
