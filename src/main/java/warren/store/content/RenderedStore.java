package warren.store.content;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/** Stored HTML of rendered Markdown, by kind of item and item id (see V8). */
public final class RenderedStore {
  /** One stored rendering and the source version it was made from. */
  public record Rendered(int itemId, Instant sourceVersion, String html) {}

  public Map<Integer, Rendered> read(Handle h, short kind, List<Integer> itemIds) {
    Map<Integer, Rendered> found = new HashMap<>();
    if (itemIds.isEmpty()) return found;
    h.createQuery("select item_id, source_version, html from rendered_content where kind = :k and item_id = any(:ids)")
        .bind("k", kind).bindArray("ids", Integer.class, itemIds)
        .map((rs, ctx) -> new Rendered(rs.getInt(1), rs.getObject(2, java.time.OffsetDateTime.class).toInstant(),
            rs.getString(3)))
        .forEach(r -> found.put(r.itemId(), r));
    return found;
  }

  /** Stores renderings; a newer one replaces an older one, never the other way round. */
  public void write(Handle h, short kind, List<Rendered> rendered) {
    if (rendered.isEmpty()) return;
    var batch = h.prepareBatch("""
        insert into rendered_content (kind, item_id, source_version, html) values (:k, :id, :v, :html)
        on conflict (kind, item_id) do update set source_version = excluded.source_version, html = excluded.html
        where rendered_content.source_version <= excluded.source_version""");
    for (Rendered r : rendered) {
      batch.bind("k", kind).bind("id", r.itemId()).bind("v", java.time.OffsetDateTime.ofInstant(r.sourceVersion(),
          java.time.ZoneOffset.UTC)).bind("html", r.html()).add();
    }
    batch.execute();
  }
}
