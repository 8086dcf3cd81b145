package warren.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Map;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * How the read views' values go to the driver, by their Java type, for JDBI statements and for
 * {@link DirectQuery} alike. Bound as a plain Object, a value makes JDBI search its argument
 * factories on every execution (6 % of a front-page request's JVM time for a cursor's four
 * values); an {@code OffsetDateTime} goes through {@code setObject}, which sends it as
 * {@code timestamptz}.
 */
public final class Binds {
  private Binds() {}

  public static void all(SqlStatement<?> statement, Map<String, Object> values) {
    values.forEach((name, value) ->
        statement.bind(name, (Argument) (position, st, ctx) -> set(st.getConnection(), st, position, name, value)));
  }

  /** Sets parameter {@code i} (named {@code name}, for the error) to {@code value}. */
  static void set(Connection c, PreparedStatement ps, int i, String name, Object value) throws SQLException {
    switch (value) {
      case Integer v -> ps.setInt(i, v);
      case Long v -> ps.setLong(i, v);
      case Short v -> ps.setShort(i, v);
      case Double v -> ps.setDouble(i, v);
      case Boolean v -> ps.setBoolean(i, v);
      case String v -> ps.setString(i, v);
      case OffsetDateTime v -> ps.setObject(i, v);
      case Integer[] v -> ps.setArray(i, c.createArrayOf("integer", v));
      case null -> ps.setNull(i, java.sql.Types.NULL);
      default -> throw new IllegalArgumentException("cannot bind :" + name + " of " + value.getClass());
    }
  }
}
