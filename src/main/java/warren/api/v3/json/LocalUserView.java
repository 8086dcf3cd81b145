package warren.api.v3.json;

/** lemmy-js-client {@code LocalUserView}. */
public record LocalUserView(LocalUser localUser, LocalUserVoteDisplayMode localUserVoteDisplayMode, Person person,
    PersonAggregates counts) {
  public static LocalUserView of(warren.domain.accounts.LocalUserView v) {
    return new LocalUserView(LocalUser.of(v.localUser()), LocalUserVoteDisplayMode.of(v.localUser()),
        Person.of(v.person()), PersonAggregates.of(v.person()));
  }
}
