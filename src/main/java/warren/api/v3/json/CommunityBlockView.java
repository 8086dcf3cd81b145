package warren.api.v3.json;

/** lemmy-js-client {@code CommunityBlockView}. */
public record CommunityBlockView(Person person, Community community) {}
