package warren.api.v3.json;

/** lemmy-js-client {@code CommunityView}. */
public record CommunityView(Community community, String subscribed, boolean blocked, CommunityAggregates counts,
    boolean bannedFromCommunity) {

  public static CommunityView of(warren.store.community.CommunityView v) {
    return new CommunityView(Community.of(v.community()), v.subscribed(), v.blocked(),
        CommunityAggregates.of(v.community()), v.bannedFromCommunity());
  }
}
