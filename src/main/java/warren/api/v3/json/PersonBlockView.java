package warren.api.v3.json;

/** lemmy-js-client {@code PersonBlockView}. */
public record PersonBlockView(Person person, Person target) {}
