package warren.store.site;

import java.util.List;
import org.jdbi.v3.core.Handle;

/** Custom emoji with their keywords, read in one query. */
public final class CustomEmojiStore {

  public List<CustomEmoji> list(Handle h) {
    return h.createQuery("""
            select e.*, coalesce(array_agg(k.keyword order by k.keyword)
                                 filter (where k.keyword is not null), '{}') as keywords
            from custom_emoji e left join custom_emoji_keyword k on k.custom_emoji_id = e.id
            group by e.id order by e.category, e.shortcode""")
        .map((rs, ctx) -> new CustomEmoji(
            rs.getInt("id"), rs.getInt("local_site_id"), rs.getString("shortcode"),
            rs.getString("image_url"), rs.getString("alt_text"), rs.getString("category"),
            rs.getTimestamp("published").toInstant(),
            rs.getTimestamp("updated") == null ? null : rs.getTimestamp("updated").toInstant(),
            List.of((String[]) rs.getArray("keywords").getArray())))
        .list();
  }
}
