package warren.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Keyset pagination over an ordered list of columns: "rows after this one" as a SQL predicate.
 * When every column runs the same way it is a row comparison, which PostgreSQL answers straight
 * from a matching index; mixed directions expand into the equivalent OR chain.
 */
public final class Keyset {
  public record Key(String expression, boolean descending) {}

  private Keyset() {}

  /** The predicate, with values bound as {@code :ks0, :ks1, ...} into {@code binds}. */
  public static String after(List<Key> keys, List<Object> values, Map<String, Object> binds) {
    if (keys.size() != values.size()) throw new IllegalArgumentException("cursor does not fit the sort");
    List<String> names = new ArrayList<>();
    for (int i = 0; i < keys.size(); i++) {
      String name = "ks" + i;
      binds.put(name, values.get(i));
      names.add(":" + name);
    }
    boolean allDesc = keys.stream().allMatch(Key::descending);
    boolean allAsc = keys.stream().noneMatch(Key::descending);
    if (allDesc || allAsc) {
      String cols = String.join(", ", keys.stream().map(Key::expression).toList());
      return "(" + cols + ") " + (allDesc ? "<" : ">") + " (" + String.join(", ", names) + ")";
    }
    StringBuilder sql = new StringBuilder();
    for (int i = keys.size() - 1; i >= 0; i--) {
      String strict = keys.get(i).expression() + (keys.get(i).descending() ? " < " : " > ") + names.get(i);
      sql = i == keys.size() - 1
          ? new StringBuilder(strict)
          : new StringBuilder("(" + strict + " or (" + keys.get(i).expression() + " = " + names.get(i) + " and "
              + sql + "))");
    }
    return sql.toString();
  }

  public static String orderBy(List<Key> keys) {
    return String.join(", ", keys.stream().map(k -> k.expression() + (k.descending() ? " desc" : " asc")).toList());
  }
}
