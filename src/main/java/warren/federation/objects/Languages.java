package warren.federation.objects;

import org.jdbi.v3.core.Handle;
import warren.federation.protocol.LanguageTag;
import warren.store.Stores;

/** A received {@code language} tag as the id of Warren's language of that code; 0 (undetermined) for none. */
final class Languages {
  private Languages() {}

  static int id(Stores stores, Handle h, LanguageTag tag) {
    if (tag == null || tag.identifier() == null) return 0;
    return stores.languages().all(h).stream().filter(l -> l.code().equalsIgnoreCase(tag.identifier()))
        .mapToInt(l -> l.id()).findFirst().orElse(0);
  }
}
