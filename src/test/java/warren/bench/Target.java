package warren.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Where the rows go: the site's origin for ActivityPub ids, its instance, and the ids already
 * taken. Communities, posts and comments must be empty, so their ids start at 1 and the same
 * seed gives the same ids.
 */
record Target(String origin, int instanceId, int personBase, int localUserBase) {

  static Target read(Connection c) throws SQLException {
    try (var s = c.createStatement()) {
      try (ResultSet rs = s.executeQuery("""
          select (select count(*) from community) + (select count(*) from post) + (select count(*) from comment)""")) {
        rs.next();
        if (rs.getLong(1) > 0) {
          throw new SeedException("the database already holds communities, posts or comments; "
              + "seed an empty one (for the embedded database: --reset)");
        }
      }
      try (ResultSet rs = s.executeQuery("""
          select s.actor_id, s.instance_id,
                 (select coalesce(max(id), 0) from person), (select coalesce(max(id), 0) from local_user)
          from site s join local_site l on l.site_id = s.id""")) {
        if (!rs.next()) throw new IllegalStateException("no local site; FirstStart should have made one");
        String actorId = rs.getString(1);
        String origin = actorId.endsWith("/") ? actorId.substring(0, actorId.length() - 1) : actorId;
        return new Target(origin, rs.getInt(2), rs.getInt(3), rs.getInt(4));
      }
    }
  }

  int personId(int user) {
    return personBase + 1 + user;
  }

  int localUserId(int user) {
    return localUserBase + 1 + user;
  }

  static int communityId(int index) {
    return index + 1;
  }

  static int postId(int index) {
    return index + 1;
  }

  static int commentId(int index) {
    return index + 1;
  }
}
