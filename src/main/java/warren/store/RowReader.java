package warren.store;

import java.sql.ResultSet;
import java.sql.SQLException;

/** Reads the current row of a result set whose columns were located beforehand. */
@FunctionalInterface
public interface RowReader<T> {
  T read(ResultSet rs) throws SQLException;

  /**
   * Locates the columns it needs in a result set, once, and returns what reads its rows. The
   * statement's text is given as a key: the same text always yields the same columns.
   */
  @FunctionalInterface
  interface Factory<T> {
    RowReader<T> readerFor(ResultSet rs, String sql) throws SQLException;
  }
}
