package warren.api.v3.json;

/** lemmy-js-client {@code InstanceBlockView}. */
public record InstanceBlockView(Person person, Instance instance, Site site) {}
