package warren.http;

/**
 * Marks a wire record that recurs across answers (a person, a community, a post) and is worth
 * serializing once: {@link Json} keeps its bytes by value, so an equal record writes the very
 * same bytes without being walked again. A front page repeats its communities and creators, and
 * the next request for it repeats all of them.
 */
public interface RepeatedJson {}
