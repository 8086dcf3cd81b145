package warren.bench;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A fingerprint of the generated rows, per table: the row count and the sum of a 60-bit hash of
 * each row's key columns, which does not depend on row order. Left out are what the seed does not
 * decide: the site's own rows (random keys and secret), and hot, active and scaled ranks, which
 * follow the database's clock.
 */
final class DataChecksum {
  private static final Map<String, String> COLUMNS = new LinkedHashMap<>();

  static {
    COLUMNS.put("person", "id, name, display_name, bio, published, actor_id, bot_account, public_key, private_key, "
        + "post_count, post_score, comment_count, comment_score");
    COLUMNS.put("local_user", "id, person_id, password_encrypted, email, admin, accepted_application");
    COLUMNS.put("local_user_language", "local_user_id, language_id");
    COLUMNS.put("community", "id, name, title, description, published, actor_id, subscribers, subscribers_local, "
        + "posts, comments, users_active_day, users_active_week, users_active_month, users_active_half_year");
    COLUMNS.put("community_actions", "person_id, community_id, followed, follow_pending, became_moderator");
    COLUMNS.put("post", "id, name, url, body, creator_id, community_id, removed, locked, published, updated, deleted, "
        + "nsfw, ap_id, language_id, featured_community, featured_local, url_content_type, comments, score, upvotes, "
        + "downvotes, newest_comment_time, newest_comment_time_necro, controversy_rank");
    COLUMNS.put("comment", "id, creator_id, post_id, content, removed, published, updated, deleted, ap_id, path, "
        + "language_id, score, upvotes, downvotes, child_count, controversy_rank");
    COLUMNS.put("post_actions", "person_id, post_id, like_score, liked");
    COLUMNS.put("comment_actions", "person_id, comment_id, like_score, liked");
    COLUMNS.put("local_site", "users, posts, comments, communities");
  }

  private DataChecksum() {}

  /** Table name to "rows:hash". */
  static Map<String, String> perTable(Connection c) throws SQLException {
    Map<String, String> out = new LinkedHashMap<>();
    try (var s = c.createStatement()) {
      s.execute("set timezone = 'UTC'"); // timestamps print in the session's zone
      for (var e : COLUMNS.entrySet()) {
        try (var rs = s.executeQuery("""
            select count(*), coalesce(sum(('x' || substr(md5(row(%s)::text), 1, 15))::bit(60)::bigint), 0) from %s"""
            .formatted(e.getValue(), e.getKey()))) {
          rs.next();
          out.put(e.getKey(), rs.getLong(1) + ":" + rs.getBigDecimal(2).toPlainString());
        }
      }
    }
    return out;
  }

  /** All tables in one hex string. */
  static String of(Connection c) throws SQLException {
    try {
      MessageDigest md5 = MessageDigest.getInstance("MD5");
      perTable(c).forEach((t, h) -> md5.update((t + "=" + h + "\n").getBytes(StandardCharsets.UTF_8)));
      return HexFormat.of().formatHex(md5.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
