package warren.store;

import java.util.List;
import java.util.Map;

/**
 * WHERE conditions the post and comment views share. Both join the community as {@code co}, the
 * viewer's community relation as {@code ca}, and the viewer's block of the creator as {@code pb}.
 */
public final class ViewFilters {
  private ViewFilters() {}

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
