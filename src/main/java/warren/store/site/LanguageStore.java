package warren.store.site;

import java.util.List;
import org.jdbi.v3.core.Handle;

/** The fixed language table; read often, so callers may cache {@link #all}. */
public final class LanguageStore {

  public List<Language> all(Handle h) {
    return h.createQuery("select * from language order by id").mapTo(Language.class).list();
  }
}
