package warren.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import warren.support.cache.BoundedCache;

/**
 * Runs a statement on the JDBC connection under a JDBI handle, without JDBI's statement machinery,
 * for the few statements that serve most requests: a page of posts, and an incoming vote's reads
 * and writes. Per execution, JDBI copies its configuration for the statement, prepares an
 * argument for each value, and registers cleanables: a fifth of the front page's JVM time, more
 * than the mapping of its twenty rows, and 30 % of the inbox's.
 * The SQL is the same named-parameter text the JDBI paths use (so benchmarks and tests see one
 * statement); its parameters are turned into positions once per text.
 */
public final class DirectQuery {
  private static final BoundedCache<String, Positional> POSITIONAL = new BoundedCache<>(1024);

  private DirectQuery() {}

  /** Every row, read by the reader {@code rows} makes for this result set. */
  public static <T> List<T> list(Handle h, String sql, Map<String, Object> binds, RowReader.Factory<T> rows) {
    return run(h, sql, binds, ps -> {
      try (ResultSet rs = ps.executeQuery()) {
        List<T> out = new ArrayList<>();
        if (!rs.next()) return out;
        RowReader<T> reader = rows.readerFor(rs, sql);
        do out.add(reader.read(rs)); while (rs.next());
        return out;
      }
    });
  }

  /** The first row, if there is one. */
  public static <T> Optional<T> first(Handle h, String sql, Map<String, Object> binds, RowReader.Factory<T> rows) {
    return run(h, sql, binds, ps -> {
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(rows.readerFor(rs, sql).read(rs)) : Optional.empty();
      }
    });
  }

  /** The boolean in the first column of the first row: for {@code select exists (...)}. */
  public static boolean test(Handle h, String sql, Map<String, Object> binds) {
    return run(h, sql, binds, ps -> {
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) throw new IllegalStateException("no row from: " + sql);
        return rs.getBoolean(1);
      }
    });
  }

  /** Runs an insert, update or delete; returns how many rows it changed. */
  public static int update(Handle h, String sql, Map<String, Object> binds) {
    return run(h, sql, binds, PreparedStatement::executeUpdate);
  }

  private interface Execution<R> {
    R on(PreparedStatement ps) throws SQLException;
  }

  private static <R> R run(Handle h, String sql, Map<String, Object> binds, Execution<R> execution) {
    Positional p = POSITIONAL.computeIfAbsent(sql, Positional::of);
    Connection c = h.getConnection();
    try (PreparedStatement ps = c.prepareStatement(p.sql())) {
      for (int i = 0; i < p.names().size(); i++) {
        String name = p.names().get(i);
        if (!binds.containsKey(name)) throw new IllegalArgumentException("no value for :" + name);
        Binds.set(c, ps, i + 1, name, binds.get(name));
      }
      return execution.on(ps);
    } catch (SQLException e) {
      throw new UnableToExecuteStatementException("could not run: " + sql, e, null);
    }
  }

  /** A reader factory as a JDBI row mapper, for the statements that go through JDBI. */
  public static <T> RowMapper<T> mapper(RowReader.Factory<T> rows) {
    return new RowMapper<>() {
      @Override
      public RowMapper<T> specialize(ResultSet rs, org.jdbi.v3.core.statement.StatementContext ctx) throws SQLException {
        RowReader<T> reader = rows.readerFor(rs, ctx.getRenderedSql());
        return (r, c) -> reader.read(r);
      }

      @Override
      public T map(ResultSet rs, org.jdbi.v3.core.statement.StatementContext ctx) throws SQLException {
        return rows.readerFor(rs, ctx.getRenderedSql()).read(rs);
      }
    };
  }

  /** A statement's text with {@code ?} for each {@code :name}, and the names in order. */
  record Positional(String sql, List<String> names) {
    /** As JDBI reads them: not inside quotes or a line comment, and not a {@code ::} cast. */
    static Positional of(String named) {
      StringBuilder sql = new StringBuilder(named.length());
      List<String> names = new ArrayList<>();
      int n = named.length();
      for (int i = 0; i < n; i++) {
        char ch = named.charAt(i);
        if (ch == '\'' || ch == '"') {
          int end = named.indexOf(ch, i + 1);
          if (end < 0) end = n - 1;
          sql.append(named, i, end + 1);
          i = end;
        } else if (ch == '-' && i + 1 < n && named.charAt(i + 1) == '-') {
          int end = named.indexOf('\n', i);
          if (end < 0) end = n - 1;
          sql.append(named, i, end + 1);
          i = end;
        } else if (ch == ':' && i + 1 < n && named.charAt(i + 1) == ':') {
          sql.append("::");
          i++;
        } else if (ch == ':' && i + 1 < n && isNameStart(named.charAt(i + 1))) {
          int end = i + 1;
          while (end < n && isNamePart(named.charAt(end))) end++;
          names.add(named.substring(i + 1, end));
          sql.append('?');
          i = end - 1;
        } else {
          sql.append(ch);
        }
      }
      return new Positional(sql.toString(), List.copyOf(names));
    }

    private static boolean isNameStart(char c) {
      return Character.isLetter(c) || c == '_';
    }

    private static boolean isNamePart(char c) {
      return Character.isLetterOrDigit(c) || c == '_';
    }
  }
}
