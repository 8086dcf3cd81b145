package warren.support.cache;

import java.util.function.Supplier;

/**
 * One value, loaded on demand and reused for a fixed time: settings that nearly every request
 * reads and an admin rarely changes. {@link #clear} makes the next read load it again, for the
 * node that made the change; other nodes see it within the time.
 */
public final class Expiring<T> {
  private record Loaded<T>(T value, long at) {}

  private final Supplier<T> loader;
  private final long nanos;
  private volatile Loaded<T> loaded;

  public Expiring(java.time.Duration keep, Supplier<T> loader) {
    this.loader = loader;
    this.nanos = keep.toNanos();
  }

  public T get() {
    Loaded<T> l = loaded;
    long now = System.nanoTime();
    if (l != null && now - l.at() < nanos) return l.value();
    T fresh = loader.get();
    loaded = new Loaded<>(fresh, now);
    return fresh;
  }

  public void clear() {
    loaded = null;
  }

  /** The value if it was loaded and has not expired, else null; loads nothing. */
  public T peek() {
    Loaded<T> l = loaded;
    return l != null && System.nanoTime() - l.at() < nanos ? l.value() : null;
  }

  /** Takes {@code value} as just loaded. */
  public void set(T value) {
    loaded = new Loaded<>(value, System.nanoTime());
  }
}
