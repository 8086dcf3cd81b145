package warren.support.cache;

import java.util.Iterator;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A map with a size bound, for values that are cheap to make again. Reads take no lock. When a
 * put would pass the bound, about a quarter of the entries (whichever the map yields first) are
 * dropped: not least-recently-used, but hot entries come straight back, and nothing grows
 * without bound.
 */
public final class BoundedCache<K, V> {
  private final int maxEntries;
  private final ConcurrentHashMap<K, V> entries;

  public BoundedCache(int maxEntries) {
    if (maxEntries < 4) throw new IllegalArgumentException("maxEntries < 4");
    this.maxEntries = maxEntries;
    this.entries = new ConcurrentHashMap<>(Math.min(maxEntries, 1024));
  }

  public V get(K key) {
    return entries.get(key);
  }

  /** The cached value, or the one {@code make} gives (then cached); {@code make} runs outside any lock. */
  public V computeIfAbsent(K key, Function<? super K, ? extends V> make) {
    V v = entries.get(key);
    if (v != null) return v;
    v = make.apply(key);
    put(key, v);
    return v;
  }

  public void put(K key, V value) {
    if (entries.size() >= maxEntries) evictQuarter();
    entries.put(key, value);
  }

  /** Drops the entry of {@code key} if it is still {@code value}. */
  public void remove(K key, V value) {
    entries.remove(key, value);
  }

  /** Drops the entries whose value matches; safe while other threads read and put. */
  public void removeValuesIf(java.util.function.Predicate<? super V> drop) {
    entries.values().removeIf(drop);
  }

  public void clear() {
    entries.clear();
  }

  public int size() {
    return entries.size();
  }

  private void evictQuarter() {
    int drop = maxEntries / 4;
    Iterator<K> keys = entries.keySet().iterator();
    while (drop-- > 0 && keys.hasNext()) {
      keys.next();
      keys.remove();
    }
  }
}
