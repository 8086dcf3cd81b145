package warren.store;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.RecordComponent;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;
import warren.support.cache.BoundedCache;

/**
 * Maps rows onto a row record by its components: column {@code prefix + snake_case(component)}.
 * Column positions are found once per result set and rows are then read by position, which
 * matters for the wide joins of the read views, where JDBI's name-matching constructor mapper
 * cost more than the query itself.
 */
public final class RecordMapper<T extends Record> implements RowMapper<T>, RowReader.Factory<T> {
  private final Class<T> type;
  private final String[] columns;
  private final Class<?>[] types;
  private final MethodHandle constructor;
  /**
   * Column positions by statement text: the same SQL always yields the same columns, and looking
   * a hundred labels up by name (PgJDBC first builds a map of all of them) cost a visible share
   * of a list request. Statements are built from a bounded set of fragments; the cap is a guard.
   */
  private final java.util.concurrent.ConcurrentHashMap<String, int[]> positionsBySql =
      new java.util.concurrent.ConcurrentHashMap<>();
  private static final int MAX_CACHED_STATEMENTS = 1024;

  /**
   * Records already read, by id and row version, when this mapper is {@link #versioned}; null
   * otherwise. A row's {@code xmin} changes with every update, so (id, xmin) names one content
   * of the committed row: a query that also selects {@code prefix + xmin} (see
   * {@link Columns#version}) gets the record it read before without decoding its columns again.
   * Entries expire after {@link #VERSION_TTL_NANOS}, long before transaction ids could wrap
   * around to an old xmin.
   */
  private final BoundedCache<Long, Versioned<T>> versions;
  private static final long VERSION_TTL_NANOS = java.util.concurrent.TimeUnit.MINUTES.toNanos(10);

  private record Versioned<T>(T row, long readAt) {}

  private final String prefix;
  private final java.util.Set<String> omit;

  /** Components in {@code omit} are not read and stay null (see {@link Columns#of}). */
  private RecordMapper(Class<T> type, String prefix, java.util.Set<String> omit, int versionedEntries) {
    this.prefix = prefix;
    this.omit = omit;
    this.versions = versionedEntries > 0 ? new BoundedCache<>(versionedEntries) : null;
    this.type = type;
    RecordComponent[] components = type.getRecordComponents();
    columns = Arrays.stream(components)
        .map(c -> omit.contains(c.getName()) ? null : prefix + Columns.column(c.getName()))
        .toArray(String[]::new);
    types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
    try {
      constructor = MethodHandles.privateLookupIn(type, MethodHandles.lookup()).unreflectConstructor(type.getDeclaredConstructor(types))
          .asSpreader(Object[].class, types.length);
    } catch (ReflectiveOperationException e) {
      throw new IllegalArgumentException("no canonical constructor on " + type, e);
    }
  }

  public static <T extends Record> RecordMapper<T> of(Class<T> type, String prefix) {
    return new RecordMapper<>(type, prefix, java.util.Set.of(), 0);
  }

  public static <T extends Record> RecordMapper<T> of(Class<T> type, String prefix, java.util.Set<String> omit) {
    return new RecordMapper<>(type, prefix, omit, 0);
  }

  /**
   * The same mapper, keeping up to {@code entries} records by row version (see {@link #versions});
   * the record type's first component must be its {@code int} id.
   */
  public RecordMapper<T> versioned(int entries) {
    return new RecordMapper<>(type, prefix, omit, entries);
  }

  public static <T extends Record> RecordMapper<T> of(Class<T> type) {
    return of(type, "");
  }

  @Override
  public RowMapper<T> specialize(ResultSet rs, StatementContext ctx) throws SQLException {
    RowReader<T> reader = readerFor(rs, ctx.getRenderedSql());
    return (r, c) -> reader.read(r);
  }

  @Override
  public RowReader<T> readerFor(ResultSet rs, String sql) throws SQLException {
    int[] positions = sql == null ? null : positionsBySql.get(sql);
    if (positions == null) {
      // One more slot at the end: the position of the row version, or 0 when not read.
      positions = new int[columns.length + 1];
      for (int i = 0; i < columns.length; i++) positions[i] = columns[i] == null ? 0 : rs.findColumn(columns[i]);
      positions[columns.length] = versions == null ? 0 : position(rs, prefix + "xmin");
      if (sql != null && positionsBySql.size() < MAX_CACHED_STATEMENTS) positionsBySql.put(sql, positions);
    }
    int[] found = positions;
    int version = positions[columns.length];
    // Only for reads outside a write transaction: those see committed rows alone, and no two
    // committed versions of a row share an xmin. Inside a transaction that changes a row twice,
    // both versions carry its own xid.
    if (version == 0 || !rs.getStatement().getConnection().getAutoCommit()) return r -> build(r, found);
    int id = positions[0]; // the id, as versioned() requires
    return r -> cachedOrBuilt(r, found, id, version);
  }

  private T cachedOrBuilt(ResultSet rs, int[] positions, int idPosition, int versionPosition) throws SQLException {
    int id = rs.getInt(idPosition);
    long version = rs.getLong(versionPosition);
    T hit = cached(id, version);
    if (hit != null) return hit;
    T row = build(rs, positions);
    versions.put(key(id, version), new Versioned<>(row, System.nanoTime()));
    return row;
  }

  /**
   * The record this mapper read before with this id at this row version, or null; for a caller
   * that has the row version from one statement and reads only the rows it lacks in another.
   * Like the mapper itself, only for reads outside a write transaction.
   */
  public T cached(int id, long version) {
    if (versions == null) return null;
    Versioned<T> hit = versions.get(key(id, version));
    return hit != null && System.nanoTime() - hit.readAt() < VERSION_TTL_NANOS ? hit.row() : null;
  }

  private static long key(int id, long version) {
    return ((long) id << 32) | (version & 0xffff_ffffL);
  }

  private static int position(ResultSet rs, String column) throws SQLException {
    var meta = rs.getMetaData();
    for (int i = 1; i <= meta.getColumnCount(); i++) if (meta.getColumnLabel(i).equals(column)) return i;
    return 0;
  }

  @Override
  public T map(ResultSet rs, StatementContext ctx) throws SQLException {
    return specialize(rs, ctx).map(rs, ctx);
  }

  @SuppressWarnings("unchecked")
  private T build(ResultSet rs, int[] positions) throws SQLException {
    Object[] args = new Object[columns.length];
    for (int i = 0; i < columns.length; i++) args[i] = positions[i] == 0 ? null : read(rs, positions[i], types[i]);
    try {
      return (T) constructor.invoke(args);
    } catch (Throwable e) {
      throw new IllegalStateException("cannot build row record", e);
    }
  }

  private static Object read(ResultSet rs, int i, Class<?> type) throws SQLException {
    if (type == int.class) return rs.getInt(i);
    if (type == long.class) return rs.getLong(i);
    if (type == double.class) return rs.getDouble(i);
    if (type == boolean.class) return rs.getBoolean(i);
    if (type == String.class) return rs.getString(i);
    if (type == Integer.class) return rs.getObject(i, Integer.class);
    if (type == Long.class) return rs.getObject(i, Long.class);
    if (type == Instant.class) {
      OffsetDateTime t = rs.getObject(i, OffsetDateTime.class);
      return t == null ? null : t.toInstant();
    }
    if (type == List.class) {
      // SQL arrays; a null array is an empty list, so row records never carry a null list.
      java.sql.Array a = rs.getArray(i);
      return a == null ? List.of() : java.util.Collections.unmodifiableList(Arrays.asList((Object[]) a.getArray()));
    }
    throw new IllegalArgumentException("no mapping for " + type);
  }
}
