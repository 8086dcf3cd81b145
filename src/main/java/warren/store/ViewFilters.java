package warren.store;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * WHERE conditions the post and comment views share. Both join the community as {@code co}, the
 * viewer's community relation as {@code ca}, and the viewer's block of the creator as {@code pb}.
 */
public final class ViewFilters {
  private ViewFilters() {}

  /**
   * The creator's and the viewer's standing in the item's community, as the view columns Lemmy
   * sends. Needs {@code cr} (the creator), {@code cac} (the creator's community relation) and
   * {@code ca} (the viewer's). Whether the creator is an admin is looked up in the site's few
   * admins, once per statement, rather than in the creator's account once per row.
   */
  public static final String STANDING_COLUMNS = """
        coalesce(cac.received_ban is not null and (cac.ban_expires is null or cac.ban_expires > now()), false)
          as creator_banned_from_community,
        coalesce(ca.received_ban is not null and (ca.ban_expires is null or ca.ban_expires > now()), false)
          as banned_from_community,
        coalesce(cac.became_moderator is not null, false) as creator_is_moderator,
        cr.id = any(array(select person_id from local_user where admin)) as creator_is_admin,
        case when ca.followed is null then 'NotSubscribed'
             when ca.follow_pending then 'Pending' else 'Subscribed' end as subscribed,
        pb.blocked is not null as creator_blocked
      """;

  private static final Pattern VIEWER = Pattern.compile(":viewer\\b");

  /**
   * The statement for this viewer: as written when there is one (bind {@code :viewer}), and with a
   * null constant in place of {@code :viewer} for an anonymous one (bind nothing). PostgreSQL drops
   * a join on a constant null while planning; a generic plan with a bound null still probes the
   * viewer's tables once per row.
   */
  public static String forViewer(String sql, Integer viewerPersonId) {
    return viewerPersonId != null ? sql : VIEWER.matcher(sql).replaceAll("null::integer");
  }

  /** Nothing from communities, people or sites the viewer blocked. */
  public static void hideBlocked(List<String> where) {
    where.add("ca.blocked is null and pb.blocked is null");
    where.add("not exists (select 1 from instance_actions ia where ia.person_id = :viewer"
        + " and ia.instance_id = co.instance_id and ia.blocked is not null)");
  }

  /** Only the given communities (fetched first: faster than joining the follows). */
  public static void inCommunities(List<String> where, Map<String, Object> binds, List<Integer> ids) {
    where.add("p.community_id = any(:communities)");
    binds.put("communities", ids.toArray(Integer[]::new));
  }

  /** Only content in the viewer's languages; {@code column} is the item's language column. */
  public static void inLanguages(List<String> where, Map<String, Object> binds, String column, List<Integer> ids) {
    where.add(column + " = any(:languages)");
    binds.put("languages", ids.toArray(Integer[]::new));
  }
}
