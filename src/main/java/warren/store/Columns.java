package warren.store;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Select lists for joined read views: every component of a row record, taken from a table alias
 * and renamed with a prefix, so that one query can fill several records by constructor mapping.
 */
public final class Columns {
  private Columns() {}

  /** Components that read views leave out: keys are kilobytes of text no list answer shows. */
  public static final java.util.Set<String> KEYS = java.util.Set.of("privateKey", "publicKey");

  /** {@code alias.col as prefix_col, ...} for each component of {@code row}. */
  public static String of(Class<? extends Record> row, String alias, String prefix) {
    return of(row, alias, prefix, java.util.Set.of());
  }

  /** The same, without the components named in {@code omit}. */
  public static String of(Class<? extends Record> row, String alias, String prefix, java.util.Set<String> omit) {
    return Arrays.stream(row.getRecordComponents())
        .filter(c -> !omit.contains(c.getName()))
        .map(c -> alias + "." + column(c.getName()) + " as " + prefix + column(c.getName()))
        .collect(Collectors.joining(", "));
  }

  /**
   * The row version of a table alias, {@code alias.xmin as prefix_xmin}, which lets a
   * {@link RecordMapper#versioned} mapper reuse the record it read before.
   */
  public static String version(String alias, String prefix) {
    return alias + ".xmin as " + prefix + "xmin";
  }

  /** The column of a record component: camelCase to snake_case, a digit run starting a word. */
  public static String column(String component) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < component.length(); i++) {
      char c = component.charAt(i);
      char prev = i > 0 ? component.charAt(i - 1) : 0;
      if (Character.isUpperCase(c)) out.append('_').append(Character.toLowerCase(c));
      else if (Character.isDigit(c) && Character.isLetter(prev)) out.append('_').append(c);
      else out.append(c);
    }
    return out.toString();
  }
}
