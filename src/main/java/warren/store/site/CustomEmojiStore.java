package warren.store.site;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** Custom emoji with their keywords, read in one query. */
public final class CustomEmojiStore {
  private static final String SELECT = """
      select e.*, coalesce(array_agg(k.keyword order by k.keyword)
                           filter (where k.keyword is not null), '{}') as keywords
      from custom_emoji e left join custom_emoji_keyword k on k.custom_emoji_id = e.id
      """;

  /** The fields an admin sets; the keywords are already clean and distinct. */
  public record Fields(String imageUrl, String altText, String category, List<String> keywords) {}

  public List<CustomEmoji> list(Handle h) {
    return h.createQuery(SELECT + " group by e.id order by e.category, e.shortcode")
        .map((rs, ctx) -> row(rs))
        .list();
  }

  public Optional<CustomEmoji> read(Handle h, int id) {
    return h.createQuery(SELECT + " where e.id = :id group by e.id")
        .bind("id", id).map((rs, ctx) -> row(rs)).findOne();
  }

  /** The new emoji's id, or empty when the shortcode is taken (checked by the unique index, so races lose cleanly). */
  public Optional<Integer> create(Handle h, int localSiteId, String shortcode, Fields f) {
    Optional<Integer> id = h.createQuery("""
            insert into custom_emoji (local_site_id, shortcode, image_url, alt_text, category)
            values (:site, :shortcode, :url, :alt, :category)
            on conflict (shortcode) do nothing returning id""")
        .bind("site", localSiteId).bind("shortcode", shortcode).bind("url", f.imageUrl())
        .bind("alt", f.altText()).bind("category", f.category())
        .mapTo(Integer.class).findOne();
    id.ifPresent(i -> insertKeywords(h, i, f.keywords()));
    return id;
  }

  /** False when there is no such emoji. Keywords are replaced as a whole list, as in Lemmy. */
  public boolean update(Handle h, int id, Fields f) {
    int rows = h.createUpdate("""
            update custom_emoji set image_url = :url, alt_text = :alt, category = :category, updated = now()
            where id = :id""")
        .bind("id", id).bind("url", f.imageUrl()).bind("alt", f.altText()).bind("category", f.category())
        .execute();
    if (rows == 0) return false;
    h.createUpdate("delete from custom_emoji_keyword where custom_emoji_id = :id").bind("id", id).execute();
    insertKeywords(h, id, f.keywords());
    return true;
  }

  /** Keywords go with the emoji (the foreign key cascades). */
  public boolean delete(Handle h, int id) {
    return h.createUpdate("delete from custom_emoji where id = :id").bind("id", id).execute() > 0;
  }

  private static void insertKeywords(Handle h, int id, List<String> keywords) {
    if (keywords.isEmpty()) return;
    var batch = h.prepareBatch("insert into custom_emoji_keyword (custom_emoji_id, keyword) values (:id, :keyword)");
    for (String k : keywords) batch.bind("id", id).bind("keyword", k).add();
    batch.execute();
  }

  private static CustomEmoji row(ResultSet rs) throws SQLException {
    return new CustomEmoji(
        rs.getInt("id"), rs.getInt("local_site_id"), rs.getString("shortcode"),
        rs.getString("image_url"), rs.getString("alt_text"), rs.getString("category"),
        rs.getTimestamp("published").toInstant(),
        rs.getTimestamp("updated") == null ? null : rs.getTimestamp("updated").toInstant(),
        List.of((String[]) rs.getArray("keywords").getArray()));
  }
}
