package warren.store;

import warren.store.community.Community;

/**
 * A row with the community it is in, read in one query: what an incoming vote needs to check the
 * activity's audience and the voter's standing, without a second read by community id.
 */
public record InCommunity<T>(T row, Community community) {
  /** The community's columns of such a query, from the alias {@code co}, prefixed {@code co_}. */
  public static final String COMMUNITY_COLUMNS = Columns.of(Community.class, "co", "co_");

  private static final RecordMapper<Community> COMMUNITY = RecordMapper.of(Community.class, "co_");

  /** Reads rows whose own columns carry {@code prefix} and whose community's {@code co_}. */
  public static <T extends Record> RowReader.Factory<InCommunity<T>> reader(Class<T> type, String prefix) {
    RecordMapper<T> own = RecordMapper.of(type, prefix);
    return (rs, sql) -> {
      RowReader<T> row = own.readerFor(rs, sql);
      RowReader<Community> community = COMMUNITY.readerFor(rs, sql);
      return r -> new InCommunity<>(row.read(r), community.read(r));
    };
  }
}
