package warren.store;

import org.jdbi.v3.core.mapper.RowMapper;
import warren.store.community.Community;

/**
 * A row with the community it is in, read in one query: what an incoming vote needs to check the
 * activity's audience and the voter's standing, without a second read by community id.
 */
public record InCommunity<T>(T row, Community community) {
  /** The community's columns of such a query, from the alias {@code co}, prefixed {@code co_}. */
  public static final String COMMUNITY_COLUMNS = Columns.of(Community.class, "co", "co_");

  private static final RowMapper<Community> COMMUNITY = RecordMapper.of(Community.class, "co_");

  /** Maps rows whose own columns carry {@code prefix} and whose community's {@code co_}. */
  public static <T extends Record> RowMapper<InCommunity<T>> mapper(Class<T> type, String prefix) {
    RowMapper<T> own = RecordMapper.of(type, prefix);
    return JoinedRowMapper.of((rs, ctx) -> {
      RowMapper<T> row = own.specialize(rs, ctx);
      RowMapper<Community> community = COMMUNITY.specialize(rs, ctx);
      return (r, c) -> new InCommunity<>(row.map(r, c), community.map(r, c));
    });
  }
}
