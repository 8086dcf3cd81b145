package warren.federation.outbox;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** Per-site delivery state: health, backoff, death and return. */
final class SiteStore {

  /** Creates the rows of sites seen for the first time; sorted, so concurrent callers lock in one order. */
  void ensure(Handle h, String[] sortedOrigins, String[] domains) {
    h.createUpdate("""
            insert into outbox_site (origin, domain)
            select * from unnest(:origins, :domains)
            on conflict (origin) do nothing""")
        .bind("origins", sortedOrigins).bind("domains", domains).execute();
  }

  /**
   * Sites that answered. A failing site is healthy again at once; for a healthy one only
   * {@code last_success} moves, at most about once a second, so busy sites' rows are not
   * rewritten on every delivery.
   */
  void answered(Handle h, int[] siteIds) {
    if (siteIds.length == 0) return;
    h.createUpdate("""
            update outbox_site set fail_count = 0, failing_since = null, retry_at = null, last_error = null,
                dead_since = null, probe_at = null, last_success = now()
            where id = any(:ids) and (fail_count > 0 or dead_since is not null or last_success is null
                or last_success < now() - interval '1 second')""")
        .bind("ids", siteIds).execute();
  }

  /**
   * Sites that failed, each once, with the latest claim time among its failed attempts and the
   * last error. The count goes up once per wave: an attempt that started before the previous
   * failure was recorded (a sibling in flight at the time) does not lengthen the backoff again.
   * Returns the origins of the sites that have now failed for longer than {@code deadAfter},
   * which are declared dead.
   */
  List<String> failed(Handle h, int[] siteIds, long[] claimedAtMicros, String[] errors, OutboxSettings settings) {
    if (siteIds.length == 0) return List.of();
    h.createUpdate("""
            update outbox_site s set
                fail_count = n.count, failing_since = coalesce(s.failing_since, now()),
                last_failure = now(), last_error = n.error,
                retry_at = now() + case when n.count <= 1 then 0
                    else least(:max_ms, :base_ms * power(1.25, n.count - 1)) end * interval '1 millisecond'
            from (select t.id, t.error,
                    case when x.last_failure > to_timestamp(t.claimed / 1e6) then x.fail_count else x.fail_count + 1 end as count
                  from unnest(:ids, :claimed, :errors) as t(id, claimed, error) join outbox_site x on x.id = t.id) n
            where s.id = n.id""")
        .bind("ids", siteIds).bind("claimed", claimedAtMicros).bind("errors", errors)
        .bind("base_ms", settings.retryBase().toMillis()).bind("max_ms", settings.retryMax().toMillis())
        .execute();
    return h.createQuery("""
            update outbox_site set dead_since = now(), probe_at = now() + :probe_ms * interval '1 millisecond'
            where id = any(:ids) and dead_since is null
              and failing_since < now() - :dead_ms * interval '1 millisecond'
            returning origin""")
        .bind("ids", siteIds).bind("probe_ms", settings.probeEvery().toMillis())
        .bind("dead_ms", settings.deadAfter().toMillis())
        .mapTo(String.class).list();
  }

  /** A dead site answered (a probe, or an activity it sent us): deliveries to it may queue again. */
  boolean revive(Handle h, String origin) {
    return h.createUpdate("""
            update outbox_site set dead_since = null, probe_at = null, fail_count = 0, failing_since = null,
                retry_at = null, last_error = null, last_success = now()
            where origin = :origin and (dead_since is not null or fail_count > 0)""")
        .bind("origin", origin).execute() > 0;
  }

  /** Dead sites whose probe is due, pushed one probe interval ahead so that no other node probes them too. */
  List<String> takeDueProbes(Handle h, int limit, Duration probeEvery) {
    return h.createQuery("""
            update outbox_site set probe_at = now() + :probe_ms * interval '1 millisecond'
            where id in (select id from outbox_site where dead_since is not null and probe_at <= now()
                         order by probe_at limit :limit for update skip locked)
            returning origin""")
        .bind("probe_ms", probeEvery.toMillis()).bind("limit", limit)
        .mapTo(String.class).list();
  }

  List<SiteState> all(Handle h) {
    return h.createQuery("select * from outbox_site order by domain, origin").map(SiteStore::state).list();
  }

  Optional<SiteState> byOrigin(Handle h, String origin) {
    return h.createQuery("select * from outbox_site where origin = :origin").bind("origin", origin)
        .map(SiteStore::state).findOne();
  }

  List<SiteState> byDomain(Handle h, String domain) {
    return h.createQuery("select * from outbox_site where domain = lower(:domain) order by origin")
        .bind("domain", domain).map(SiteStore::state).list();
  }

  private static SiteState state(ResultSet rs, org.jdbi.v3.core.statement.StatementContext ctx) throws SQLException {
    return new SiteState(rs.getString("origin"), rs.getString("domain"), rs.getInt("fail_count"),
        time(rs, "failing_since"), time(rs, "retry_at"), time(rs, "last_success"), time(rs, "last_failure"),
        Optional.ofNullable(rs.getString("last_error")), time(rs, "dead_since"));
  }

  private static Optional<Instant> time(ResultSet rs, String column) throws SQLException {
    Timestamp t = rs.getTimestamp(column);
    return Optional.ofNullable(t).map(Timestamp::toInstant);
  }
}
