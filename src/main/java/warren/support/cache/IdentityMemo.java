package warren.support.cache;

import java.util.function.Function;

/**
 * A function of immutable values, remembered per input instance (see {@link IdentityKey}) for
 * the most recent {@code maxEntries} or so inputs. Worth it where the same instances come back
 * request after request and the function allocates or formats.
 */
public final class IdentityMemo<K, V> {
  private final BoundedCache<IdentityKey<K>, V> cache;
  private final Function<K, V> function;

  public IdentityMemo(int maxEntries, Function<K, V> function) {
    this.cache = new BoundedCache<>(maxEntries);
    this.function = function;
  }

  public V apply(K input) {
    return cache.computeIfAbsent(new IdentityKey<>(input), k -> function.apply(k.value()));
  }
}
