package warren.api.v3.json;

/** lemmy-js-client {@code CommunityModeratorView}. */
public record CommunityModeratorView(Community community, Person moderator) {
  public static CommunityModeratorView of(warren.store.community.Community c, warren.store.person.Person p) {
    return new CommunityModeratorView(Community.of(c), Person.of(p));
  }
}
