package warren.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * A row mapper for a joined read view. JDBI's constructor mappers match column names to
 * parameters; done for every row of a wide join that costs more than the query itself, so this
 * matches once per result set ({@link #specialize}) and then maps rows by position.
 */
public abstract class JoinedRowMapper<T> implements RowMapper<T> {

  /** Maps rows with mappers already specialized to this result set's columns. */
  @FunctionalInterface
  public interface Specialized<T> {
    T map(ResultSet rs, StatementContext ctx) throws SQLException;
  }

  /** Finds a result set's columns once and returns what maps its rows. */
  @FunctionalInterface
  public interface Specializer<T> {
    Specialized<T> specializeFor(ResultSet rs, StatementContext ctx) throws SQLException;
  }

  protected abstract Specialized<T> specializeFor(ResultSet rs, StatementContext ctx) throws SQLException;

  /** A mapper from a lambda, for views whose mapping fits in one. */
  public static <T> JoinedRowMapper<T> of(Specializer<T> specializer) {
    return new JoinedRowMapper<>() {
      @Override
      protected Specialized<T> specializeFor(ResultSet rs, StatementContext ctx) throws SQLException {
        return specializer.specializeFor(rs, ctx);
      }
    };
  }

  @Override
  public RowMapper<T> specialize(ResultSet rs, StatementContext ctx) throws SQLException {
    Specialized<T> s = specializeFor(rs, ctx);
    return s::map;
  }

  @Override
  public T map(ResultSet rs, StatementContext ctx) throws SQLException {
    return specializeFor(rs, ctx).map(rs, ctx);
  }
}
