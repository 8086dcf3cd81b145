package warren.federation.outbox;

import java.time.Duration;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** Sent activities and the delivery rows made for them at enqueue. */
final class ActivityStore {

  long insert(Handle h, OutgoingActivity a) {
    return h.createQuery("""
            insert into sent_activity (ap_id, body, actor_ap_id, key_id, object_key, sensitive)
            values (:ap_id, :body, :actor, :key_id, :object_key, :sensitive)
            returning id""")
        .bind("ap_id", a.id().toString()).bind("body", a.body()).bind("actor", a.actor().toString())
        .bind("key_id", a.keyId()).bind("object_key", a.objectKey()).bind("sensitive", a.sensitive())
        .mapTo(Long.class).one();
  }

  /**
   * One delivery per inbox, skipping dead sites and, as Lemmy does, sites the admins blocked or
   * (when there is an allow list) did not allow. Returns how many rows were queued.
   */
  int insertDeliveries(Handle h, long activityId, String objectKey, String[] origins, String[] inboxes) {
    return h.createUpdate("""
            insert into outbox_delivery (activity_id, site_id, inbox, object_key)
            select :activity, s.id, t.inbox, :object_key
            from unnest(:origins, :inboxes) with ordinality as t(origin, inbox, n)
            join outbox_site s on s.origin = t.origin
            where s.dead_since is null
              and not exists (select 1 from federation_blocklist b join instance i on i.id = b.instance_id
                              where lower(i.domain) = s.domain)
              and (not exists (select 1 from federation_allowlist)
                   or exists (select 1 from federation_allowlist a join instance i on i.id = a.instance_id
                              where lower(i.domain) = s.domain))
            order by t.n""")
        .bind("activity", activityId).bind("object_key", objectKey)
        .bind("origins", origins).bind("inboxes", inboxes).execute();
  }

  Optional<SentActivity> byApId(Handle h, String apId) {
    return h.createQuery("select ap_id, body, actor_ap_id, sensitive, published from sent_activity where ap_id = :id")
        .bind("id", apId)
        .map((rs, ctx) -> new SentActivity(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4),
            rs.getTimestamp(5).toInstant()))
        .findOne();
  }

  /** Deletes up to {@code limit} activities older than {@code keep} (and any delivery still left for them). */
  int pruneOlderThan(Handle h, Duration keep, int limit) {
    return h.createUpdate("""
            delete from sent_activity where id in (
              select id from sent_activity where published < now() - :keep_ms * interval '1 millisecond'
              order by published limit :limit)""")
        .bind("keep_ms", keep.toMillis()).bind("limit", limit).execute();
  }
}
