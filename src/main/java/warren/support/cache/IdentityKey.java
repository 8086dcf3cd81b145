package warren.support.cache;

/**
 * A map key that matches only the very same object. For caches of things derived from immutable
 * records: the same instance always derives the same thing, and hashing or comparing a record
 * with kilobytes of text by value would cost more than the derivation saves.
 */
public final class IdentityKey<T> {
  private final T value;

  public IdentityKey(T value) {
    this.value = value;
  }

  public T value() {
    return value;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof IdentityKey<?> k && k.value == value;
  }

  @Override
  public int hashCode() {
    return System.identityHashCode(value);
  }
}
