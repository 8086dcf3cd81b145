package warren.bench;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The keys, indexes and foreign keys of the big tables, dropped before the load and rebuilt after
 * it, as pg_restore does: building an index once from all rows is far cheaper than maintaining it
 * row by row, and a foreign key checks all rows in one join instead of one lookup per row. The
 * definitions come from the catalog, so indexes added by later migrations are kept too.
 */
final class IndexSet {
  private record Definition(String table, String name, String sql) {}

  private final List<Definition> keys = new ArrayList<>();
  private final List<Definition> indexes = new ArrayList<>();
  private final List<Definition> foreignKeys = new ArrayList<>();

  static IndexSet drop(Connection c, List<String> tables) throws SQLException {
    IndexSet set = new IndexSet();
    String[] names = tables.toArray(String[]::new);
    try (var s = c.prepareStatement("""
        select conrelid::regclass::text, conname, pg_get_constraintdef(oid), contype
        from pg_constraint
        where (contype in ('p', 'u') and conrelid = any(?::regclass[]))
           or (contype = 'f' and (conrelid = any(?::regclass[]) or confrelid = any(?::regclass[])))
        order by 1, 2""")) {
      for (int i = 1; i <= 3; i++) s.setArray(i, c.createArrayOf("text", names));
      try (var rs = s.executeQuery()) {
        while (rs.next()) {
          var d = new Definition(rs.getString(1), rs.getString(2),
              "alter table " + rs.getString(1) + " add constraint " + quote(rs.getString(2)) + " " + rs.getString(3));
          (rs.getString(4).equals("f") ? set.foreignKeys : set.keys).add(d);
        }
      }
    }
    try (var s = c.prepareStatement("""
        select i.indrelid::regclass::text, i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid)
        from pg_index i
        where i.indrelid = any(?::regclass[])
          and not exists (select 1 from pg_constraint k where k.conindid = i.indexrelid and k.conrelid = i.indrelid)
        order by 1, 2""")) {
      s.setArray(1, c.createArrayOf("text", names));
      try (var rs = s.executeQuery()) {
        while (rs.next()) set.indexes.add(new Definition(rs.getString(1), rs.getString(2), rs.getString(3)));
      }
    }
    try (var s = c.createStatement()) {
      for (var d : set.foreignKeys) s.execute("alter table " + d.table + " drop constraint " + quote(d.name));
      for (var d : set.keys) s.execute("alter table " + d.table + " drop constraint " + quote(d.name));
      for (var d : set.indexes) s.execute("drop index " + d.name);
    }
    return set;
  }

  /** Keys first, as foreign keys need the referenced key; prints the time per table. */
  void restore(Connection c, PrintStream out) throws SQLException {
    Map<String, List<Definition>> byTable = new LinkedHashMap<>();
    for (var d : keys) byTable.computeIfAbsent(d.table, t -> new ArrayList<>()).add(d);
    for (var d : indexes) byTable.computeIfAbsent(d.table, t -> new ArrayList<>()).add(d);
    try (var s = c.createStatement()) {
      for (var e : byTable.entrySet()) {
        Progress.timed(out, "indexes on " + e.getKey() + " (" + e.getValue().size() + ")", () -> {
          for (var d : e.getValue()) s.execute(d.sql);
        });
      }
      Progress.timed(out, "foreign keys (" + foreignKeys.size() + ")", () -> {
        for (var d : foreignKeys) s.execute(d.sql);
      });
    }
  }

  private static String quote(String identifier) {
    return "\"" + identifier.replace("\"", "\"\"") + "\"";
  }
}
