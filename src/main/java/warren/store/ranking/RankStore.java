package warren.store.ranking;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * Recomputes stored ranks in keyset batches. Each batch locks its rows with SKIP LOCKED, so a
 * refresh never waits on (or deadlocks with) a vote, and two nodes refreshing at once share the work.
 */
public final class RankStore {

  /** Where a batch ended: the next batch starts strictly after this (published, id). */
  public record Position(Instant published, int id) {
    public static final Position START = new Position(Instant.parse("9999-12-31T00:00:00Z"), Integer.MAX_VALUE);
  }

  public record Batch(int rows, Optional<Position> last) {}

  /**
   * Which rows one of several concurrent walkers takes: those whose id modulo {@code of} is
   * {@code index}. Walkers then never contend for a row, and each still walks the refresh index.
   */
  public record Share(int index, int of) {
    public static final Share ALL = new Share(0, 1);
  }

  /**
   * Refreshes the hot ranks of up to {@code size} posts of {@code share} that can still change,
   * newest first.
   */
  public Batch refreshPosts(Handle h, Share share, Position after, int size) {
    return batch(h, share, """
        with batch as (
          select id from post
          where (hot_rank > 0 or hot_rank_active > 0) and (published, id) < (:pub, :id)
            and id % :of = :index
          order by published desc, id desc
          limit :size
          for update skip locked)
        update post p set
          hot_rank = hot_rank(p.score, p.published),
          hot_rank_active = hot_rank(p.score, p.newest_comment_time_necro),
          scaled_rank = scaled_rank(p.score, p.published, c.users_active_month)
        from batch, community c
        where p.id = batch.id and c.id = p.community_id
        returning p.published, p.id""", after, size);
  }

  public Batch refreshComments(Handle h, Share share, Position after, int size) {
    return batch(h, share, """
        with batch as (
          select id from comment
          where published > now() - interval '8 days' and (published, id) < (:pub, :id) and hot_rank > 0
            and id % :of = :index
          order by published desc, id desc
          limit :size
          for update skip locked)
        update comment c set hot_rank = hot_rank(c.score, c.published)
        from batch where c.id = batch.id
        returning c.published, c.id""", after, size);
  }

  /** Communities are few; one statement ranks them all. */
  public int refreshCommunities(Handle h) {
    return h.createUpdate("""
            update community set hot_rank = hot_rank(subscribers, published)
            where hot_rank is distinct from hot_rank(subscribers, published)""").execute();
  }

  private Batch batch(Handle h, Share share, String sql, Position after, int size) {
    // Ranks are derived data that the next run recomputes: a crash may lose the last batch's
    // commit without harm, so the batch does not wait for its WAL to reach the disk.
    h.execute("set local synchronous_commit = off");
    var rows = h.createQuery(sql)
        .bind("of", share.of()).bind("index", share.index())
        .bind("pub", after.published().atOffset(ZoneOffset.UTC)).bind("id", after.id()).bind("size", size)
        .map((rs, ctx) -> new Position(rs.getObject("published", OffsetDateTime.class).toInstant(), rs.getInt("id")))
        .list();
    Optional<Position> last = rows.stream().min((a, b) -> a.published().equals(b.published())
        ? Integer.compare(a.id(), b.id()) : a.published().compareTo(b.published()));
    return new Batch(rows.size(), last);
  }

  /**
   * Active users per community and site-wide: the distinct people who posted or commented within
   * each window (day, week, month, half year), as Lemmy counts them.
   */
  public void refreshActiveUsers(Handle h) {
    h.execute("""
        with activity as (
          select community_id, creator_id, published from post where published > now() - interval '6 months'
          union all
          select p.community_id, c.creator_id, c.published from comment c join post p on p.id = c.post_id
          where c.published > now() - interval '6 months'),
        counts as (
          select community_id,
            count(distinct creator_id) filter (where published > now() - interval '1 day') as day,
            count(distinct creator_id) filter (where published > now() - interval '1 week') as week,
            count(distinct creator_id) filter (where published > now() - interval '1 month') as month,
            count(distinct creator_id) as half_year
          from activity group by community_id)
        update community c set
          users_active_day = coalesce(counts.day, 0), users_active_week = coalesce(counts.week, 0),
          users_active_month = coalesce(counts.month, 0), users_active_half_year = coalesce(counts.half_year, 0)
        from community c2 left join counts on counts.community_id = c2.id
        where c.id = c2.id and (c.users_active_day, c.users_active_week, c.users_active_month, c.users_active_half_year)
          is distinct from (coalesce(counts.day, 0), coalesce(counts.week, 0), coalesce(counts.month, 0),
                            coalesce(counts.half_year, 0))""");
  }

  /** Site-wide active local users, stored on local_site. */
  public void refreshSiteActiveUsers(Handle h) {
    h.execute("""
        with activity as (
          select creator_id, published from post where local and published > now() - interval '6 months'
          union all
          select creator_id, published from comment where local and published > now() - interval '6 months')
        update local_site set
          users_active_day = (select count(distinct creator_id) from activity where published > now() - interval '1 day'),
          users_active_week = (select count(distinct creator_id) from activity where published > now() - interval '1 week'),
          users_active_month = (select count(distinct creator_id) from activity where published > now() - interval '1 month'),
          users_active_half_year = (select count(distinct creator_id) from activity)""");
  }
}
