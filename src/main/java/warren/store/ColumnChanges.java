package warren.store;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;

/**
 * A partial update: only the columns an edit names are written, as Lemmy's update forms do.
 * Column names come from code, never from a request; they are checked all the same.
 */
public final class ColumnChanges {
  private static final Pattern COLUMN = Pattern.compile("[a-z][a-z0-9_]*");
  private final Map<String, Object> values = new LinkedHashMap<>();

  /** Sets {@code column} when {@code value} is not null; a null means "leave unchanged". */
  public ColumnChanges set(String column, Object value) {
    if (!COLUMN.matcher(column).matches()) throw new IllegalArgumentException("bad column " + column);
    if (value != null) values.put(column, value);
    return this;
  }

  /** Sets {@code column} to SQL null when {@code clear} is true. */
  public ColumnChanges clearIf(boolean clear, String column) {
    if (!COLUMN.matcher(column).matches()) throw new IllegalArgumentException("bad column " + column);
    if (clear) values.put(column, null);
    return this;
  }

  public boolean isEmpty() {
    return values.isEmpty();
  }

  /** Runs {@code update <table> set ..., updated = now() where id = :id}; returns rows changed. */
  public int apply(Handle h, String table, int id) {
    return run(h, table, "id", id, ", updated = now()");
  }

  /** The same, keyed on another column, for tables without an {@code updated} column. */
  public int applyUntimed(Handle h, String table, String keyColumn, int id) {
    return run(h, table, keyColumn, id, "");
  }

  private int run(Handle h, String table, String keyColumn, int id, String extra) {
    if (values.isEmpty()) return 0;
    if (values.containsKey("key_value")) throw new IllegalArgumentException("reserved column name");
    String assignments = values.keySet().stream().map(c -> c + " = :" + c).collect(Collectors.joining(", "));
    var update = h.createUpdate(
            "update " + table + " set " + assignments + extra + " where " + keyColumn + " = :key_value")
        .bind("key_value", id);
    values.forEach((column, value) -> {
      if (value == null) update.bindByType(column, null, String.class);
      else update.bind(column, value);
    });
    return update.execute();
  }
}
