package warren.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Counters and ranks in set-based SQL, equal to what V3's row triggers produce when the same
 * history happens one row at a time: posts, then comments, then votes, then comments deleted or
 * removed, then posts. Ranks come from V3's functions, so they follow the database's now().
 */
final class Recount {
  private Recount() {}

  /**
   * Lemmy's active users: distinct non-bot people who posted, commented or voted in a
   * community within a day, week, month and half year before {@code now}. No trigger keeps
   * these; Lemmy's scheduled job does. Reads posts and comments from the tables given, so it
   * can run on the staging tables before the real ones are filled.
   */
  static void usersActive(Connection c, String posts, String comments, Instant now) throws SQLException {
    try (var zero = c.createStatement()) {
      zero.executeUpdate("update community set users_active_day = 0, users_active_week = 0, "
          + "users_active_month = 0, users_active_half_year = 0");
    }
    try (var s = c.prepareStatement("""
        with activity as (
            select c.creator_id as person_id, p.community_id, c.published as at
            from %2$s c join %1$s p on p.id = c.post_id
            union all
            select p.creator_id, p.community_id, p.published from %1$s p
            union all
            select v.person_id, p.community_id, v.liked
            from post_actions v join %1$s p on p.id = v.post_id where v.like_score is not null
            union all
            select v.person_id, p.community_id, v.liked
            from comment_actions v join %2$s c on c.id = v.comment_id join %1$s p on p.id = c.post_id
            where v.like_score is not null),
        latest as (
            select a.community_id, a.person_id, max(a.at) as at
            from activity a join person pe on pe.id = a.person_id
            where not pe.bot_account
            group by a.community_id, a.person_id),
        active as (
            select l.community_id,
                   count(*) filter (where l.at > n.now - interval '1 day') as day,
                   count(*) filter (where l.at > n.now - interval '1 week') as week,
                   count(*) filter (where l.at > n.now - interval '1 month') as month,
                   count(*) filter (where l.at > n.now - interval '6 months') as half_year
            from latest l cross join (select ?::timestamptz as now) n
            group by l.community_id)
        update community cm set users_active_day = a.day, users_active_week = a.week,
            users_active_month = a.month, users_active_half_year = a.half_year
        from active a where a.community_id = cm.id""".formatted(posts, comments))) {
      s.setTimestamp(1, Timestamp.from(now));
      s.executeUpdate();
    }
  }

  /** Moves the staged posts into post with their counters and ranks, in id order. */
  static void insertPosts(Connection c) throws SQLException {
    execute(c, """
        with votes as (
            select post_id, count(*) filter (where like_score = 1) as up,
                   count(*) filter (where like_score = -1) as down
            from post_actions group by post_id),
        replies as (
            select c.post_id,
                   count(*) filter (where not c.deleted and not c.removed) as comments,
                   max(c.published) as newest,
                   -- "Active" ignores the author's own comments and those after the post's second day.
                   max(c.published) filter (where c.creator_id <> p.creator_id
                                              and p.published > c.published - interval '2 days') as newest_necro
            from comment_load c join post_load p on p.id = c.post_id
            group by c.post_id),
        counted as (
            select p.*, coalesce(r.comments, 0) as n_comments, coalesce(v.up, 0) as up, coalesce(v.down, 0) as down,
                   greatest(p.published, r.newest) as newest, greatest(p.published, r.newest_necro) as necro
            from post_load p left join replies r on r.post_id = p.id left join votes v on v.post_id = p.id)
        insert into post (%1$s, comments, score, upvotes, downvotes, newest_comment_time,
                          newest_comment_time_necro, hot_rank, hot_rank_active, controversy_rank, scaled_rank)
        select %2$s, p.n_comments, p.up - p.down, p.up, p.down, p.newest, p.necro,
               hot_rank(p.up - p.down, p.published), hot_rank(p.up - p.down, p.necro),
               controversy_rank(p.up, p.down), scaled_rank(p.up - p.down, p.published, cm.users_active_month)
        from counted p join community cm on cm.id = p.community_id
        order by p.id""".formatted(PostRows.COLUMNS, prefixed("p.", PostRows.COLUMNS)));
  }

  /** Moves the staged comments into comment with votes, descendant counts and ranks, in id order. */
  static void insertComments(Connection c) throws SQLException {
    execute(c, """
        with votes as (
            select comment_id, count(*) filter (where like_score = 1) as up,
                   count(*) filter (where like_score = -1) as down
            from comment_actions group by comment_id),
        -- Every comment counts once for each ancestor between the root marker and itself.
        descendants as (
            select a.id::integer as id, count(*) as n
            from comment_load c,
                 unnest(string_to_array(ltree2text(subpath(c.path, 1, nlevel(c.path) - 2)), '.')) as a(id)
            where nlevel(c.path) > 2
            group by 1)
        insert into comment (%1$s, score, upvotes, downvotes, child_count, hot_rank, controversy_rank)
        select %2$s, coalesce(v.up, 0) - coalesce(v.down, 0), coalesce(v.up, 0), coalesce(v.down, 0),
               coalesce(d.n, 0), hot_rank(coalesce(v.up, 0) - coalesce(v.down, 0), c.published),
               controversy_rank(coalesce(v.up, 0), coalesce(v.down, 0))
        from comment_load c left join votes v on v.comment_id = c.id left join descendants d on d.id = c.id
        order by c.id""".formatted(CommentRows.COLUMNS, prefixed("c.", CommentRows.COLUMNS)));
  }

  /** Post and comment counts and scores of every person; a score counts deleted items too, as the triggers do. */
  static void people(Connection c) throws SQLException {
    execute(c, """
        with posts as (
            select creator_id, count(*) filter (where not deleted and not removed) as n, sum(score) as score
            from post group by creator_id),
        comments as (
            select creator_id, count(*) filter (where not deleted and not removed) as n, sum(score) as score
            from comment group by creator_id),
        counted as (
            select x.id, coalesce(p.n, 0) as post_count, coalesce(p.score, 0) as post_score,
                   coalesce(c.n, 0) as comment_count, coalesce(c.score, 0) as comment_score
            from person x left join posts p on p.creator_id = x.id left join comments c on c.creator_id = x.id)
        update person pe set post_count = k.post_count, post_score = k.post_score,
            comment_count = k.comment_count, comment_score = k.comment_score
        from counted k
        where k.id = pe.id and (pe.post_count, pe.post_score, pe.comment_count, pe.comment_score)
            is distinct from (k.post_count, k.post_score, k.comment_count, k.comment_score)""");
  }

  /** Posts, comments (of counted posts only) and followers of every community. */
  static void communities(Connection c) throws SQLException {
    execute(c, """
        with posts as (
            select community_id, count(*) as n, sum(comments) as comments
            from post where not deleted and not removed group by community_id),
        follows as (
            select ca.community_id, count(*) as n, count(*) filter (where pe.local) as n_local
            from community_actions ca join person pe on pe.id = ca.person_id
            where ca.followed is not null and not ca.follow_pending
            group by ca.community_id),
        counted as (
            select x.id, coalesce(p.n, 0) as posts, coalesce(p.comments, 0) as comments,
                   coalesce(f.n, 0) as subscribers, coalesce(f.n_local, 0) as subscribers_local
            from community x left join posts p on p.community_id = x.id left join follows f on f.community_id = x.id)
        update community cm set posts = k.posts, comments = k.comments,
            subscribers = k.subscribers, subscribers_local = k.subscribers_local
        from counted k
        where k.id = cm.id and (cm.posts, cm.comments, cm.subscribers, cm.subscribers_local)
            is distinct from (k.posts, k.comments, k.subscribers, k.subscribers_local)""");
  }

  static void site(Connection c) throws SQLException {
    execute(c, """
        update local_site set
            users = (select count(*) from local_user),
            posts = (select count(*) from post where local and not deleted and not removed),
            comments = (select count(*) from comment where local and not deleted and not removed),
            communities = (select count(*) from community where local and not deleted and not removed)""");
  }

  /** The time-dependent ranks, as the rank refresher sets them; controversy stays as the votes left it. */
  static void refreshTimeRanks(Connection c) throws SQLException {
    execute(c, """
        update post p set hot_rank = hot_rank(p.score, p.published),
            hot_rank_active = hot_rank(p.score, p.newest_comment_time_necro),
            scaled_rank = scaled_rank(p.score, p.published, cm.users_active_month)
        from community cm where cm.id = p.community_id""");
    execute(c, "update comment set hot_rank = hot_rank(score, published)");
  }

  /** Serial ids continue after the explicit ones. */
  static void sequences(Connection c) throws SQLException {
    for (String table : new String[] {"person", "local_user", "community", "post", "comment"}) {
      execute(c, "select setval(pg_get_serial_sequence('%1$s', 'id'), (select coalesce(max(id), 0) + 1 from %1$s), false)"
          .formatted(table));
    }
  }

  static String prefixed(String prefix, String columns) {
    return Arrays.stream(columns.split(",")).map(String::strip).map(col -> prefix + col).collect(Collectors.joining(", "));
  }

  static void execute(Connection c, String sql) throws SQLException {
    try (var s = c.createStatement()) {
      s.execute(sql);
    }
  }
}
