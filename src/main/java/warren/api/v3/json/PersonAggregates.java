package warren.api.v3.json;

/** lemmy-js-client {@code PersonAggregates}. */
public record PersonAggregates(int personId, long postCount, long commentCount) {
  public static PersonAggregates of(warren.store.person.Person p) {
    return new PersonAggregates(p.id(), p.postCount(), p.commentCount());
  }
}
