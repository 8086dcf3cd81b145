package warren.api.v3.json;

/** lemmy-js-client {@code PersonView}. */
public record PersonView(Person person, PersonAggregates counts, boolean isAdmin) {
  public static PersonView of(warren.store.person.Person p, boolean isAdmin) {
    return new PersonView(Person.of(p), PersonAggregates.of(p), isAdmin);
  }
}
