package warren.api.v3.json;

/** lemmy-js-client {@code CommunityFollowerView}. */
public record CommunityFollowerView(Community community, Person follower) {}
