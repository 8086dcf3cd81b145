package warren.federation.outbox;

import java.time.Duration;
import java.util.List;
import org.jdbi.v3.core.Handle;

/** Claiming due deliveries and recording how they went: the queue's SQL. */
final class DeliveryQueue {

  /** Sites one claim considers at most; the others wait for the next claim (sites go in random order). */
  static final int SITES_PER_CLAIM = 64;

  /**
   * Claims up to {@code max} due deliveries and leases them to the caller. A site takes part
   * when it is alive and not waiting for a retry, and gets at most {@code perSite} deliveries in
   * flight over all nodes (one while it is failing, to find out whether it is back). Within a
   * site, a delivery waits while an earlier one about the same object is still pending, so each
   * object's activities arrive in order while different objects go in parallel.
   *
   * <p>Several nodes claim at once. First the claim locks the rows of the sites it will serve
   * ({@code SKIP LOCKED}: a site another node is claiming for is left to it), in random order so
   * that no site is always served last. Only then, in a second statement and so on a snapshot
   * taken after every earlier claim for those sites committed, does it count their leases and
   * take delivery rows; two nodes can never both fill one site's budget. The lease moves
   * {@code ready_at} ahead, so no other claim sees a row again until it is finished or the
   * lease runs out. Must run in a transaction.
   */
  List<ClaimedDelivery> claim(Handle h, String node, int max, int perSite, Duration lease) {
    int[] sites = h.createQuery("""
            with recursive busy as (
              -- the sites with any pending delivery, one index probe each (a skip scan)
              (select site_id from outbox_delivery order by site_id limit 1)
              union all
              select (select d.site_id from outbox_delivery d where d.site_id > b.site_id order by d.site_id limit 1)
              from busy b where b.site_id is not null
            )
            select s.id from busy b join outbox_site s on s.id = b.site_id
            where s.dead_since is null and (s.retry_at is null or s.retry_at <= now())
            order by random()
            limit :sites
            for update of s skip locked""")
        .bind("sites", SITES_PER_CLAIM).mapTo(Integer.class).stream().mapToInt(Integer::intValue).toArray();
    if (sites.length == 0) return List.of();
    return h.createQuery("""
            with open as (
              select s.id, (case when s.fail_count > 0 then 1 else :per_site end)
                  - (select count(*) from outbox_delivery f
                     where f.site_id = s.id and f.claimed_at is not null and f.ready_at > now()) as budget
              from outbox_site s where s.id = any(:sites)
              order by array_position(:sites, s.id)
            ),
            picked as (
              select c.id from open o cross join lateral (
                select d.id from outbox_delivery d
                where d.site_id = o.id and d.ready_at <= now()
                  and not exists (select 1 from outbox_delivery e
                                  where e.site_id = d.site_id and e.object_key = d.object_key and e.id < d.id)
                order by d.ready_at, d.id
                limit greatest(o.budget, 0)
                for update of d skip locked) c
              limit :max
            )
            update outbox_delivery d set claimed_at = now(), claimed_by = :node,
                ready_at = now() + :lease_ms * interval '1 millisecond'
            from picked p, sent_activity a
            where d.id = p.id and a.id = d.activity_id
            returning d.id, d.site_id, d.inbox, d.attempts, d.created, d.claimed_at, a.ap_id, a.actor_ap_id, a.key_id,
                a.body""")
        .bind("sites", sites).bind("node", node).bind("per_site", perSite).bind("max", max)
        .bind("lease_ms", lease.toMillis())
        .map((rs, ctx) -> new ClaimedDelivery(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getInt(4),
            rs.getTimestamp(5).toInstant(), rs.getTimestamp(6).toInstant(), rs.getString(7), rs.getString(8),
            rs.getString(9), rs.getString(10)))
        .list();
  }

  /** Deliveries that are done with: delivered, refused for good, or given up. */
  void delete(Handle h, long[] ids) {
    if (ids.length == 0) return;
    h.createUpdate("delete from outbox_delivery where id = any(:ids)").bind("ids", ids).execute();
  }

  /** Failed attempts: each waits its own backoff before the next. */
  void retryLater(Handle h, long[] ids, long[] delayMillis) {
    if (ids.length == 0) return;
    h.createUpdate("""
            update outbox_delivery d set attempts = d.attempts + 1, claimed_at = null, claimed_by = null,
                ready_at = now() + t.delay * interval '1 millisecond'
            from unnest(:ids, :delays) as t(id, delay)
            where d.id = t.id""")
        .bind("ids", ids).bind("delays", delayMillis).execute();
  }

  /** Deliveries this node claimed but did not finish: claimable again at once, attempts unchanged. */
  void release(Handle h, long[] ids) {
    if (ids.length == 0) return;
    h.createUpdate("update outbox_delivery set claimed_at = null, claimed_by = null, ready_at = now() where id = any(:ids)")
        .bind("ids", ids).execute();
  }

  /** Drops up to {@code limit} pending deliveries to dead sites; returns how many. */
  int dropForDeadSites(Handle h, int limit) {
    return h.createUpdate("""
            delete from outbox_delivery where id in (
              select d.id from outbox_site s join outbox_delivery d on d.site_id = s.id
              where s.dead_since is not null limit :limit)""")
        .bind("limit", limit).execute();
  }
}
