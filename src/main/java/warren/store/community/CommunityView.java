package warren.store.community;

/** A community as one person sees it: subscribed is Subscribed, NotSubscribed or Pending. */
public record CommunityView(Community community, String subscribed, boolean blocked, boolean bannedFromCommunity) {}
