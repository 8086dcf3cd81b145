package warren.http;

import java.util.List;
import warren.support.cache.BoundedCache;
import warren.support.cache.IdentityKey;

/**
 * Whole answers kept as bytes, for lists whose items recur as the very same instances (see
 * {@link RepeatedJson}): the same page of posts, asked for again, has the same twenty wire records
 * and the same cursor, and its JSON is the same. Keyed by the identity of each item and by the rest
 * of the answer, which the caller spells out; so an answer is found again only if it would be
 * written the same. Writing a front page's forty kilobytes, even from cached fragments, was an
 * eighth of the JVM's time for it.
 */
public final class RepeatedAnswers {
  /** Answers above this are written each time: with 256 of them at most 32 MB is kept. */
  private static final int MAX_BYTES = 128 * 1024;

  private record Key(Class<?> type, List<IdentityKey<Object>> items, Object rest) {}

  private final BoundedCache<Key, byte[]> answers = new BoundedCache<>(256);

  /**
   * The JSON of {@code answer}, which must be made only of {@code items} (immutable, in this order)
   * and of {@code rest} (a value with equals, or null).
   */
  public byte[] json(Object answer, List<?> items, Object rest) {
    Key key = new Key(answer.getClass(), items.stream().map(i -> new IdentityKey<Object>(i)).toList(), rest);
    byte[] bytes = answers.get(key);
    if (bytes != null) return bytes;
    bytes = Json.write(answer);
    if (bytes.length <= MAX_BYTES) answers.put(key, bytes);
    return bytes;
  }
}
