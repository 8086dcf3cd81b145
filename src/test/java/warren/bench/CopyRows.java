package warren.bench;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Streams rows into one table with COPY in PostgreSQL's text format, a few megabytes per write,
 * reporting to a {@link Progress}. Fields are appended in the order of the column list.
 */
final class CopyRows implements AutoCloseable {
  private static final int FLUSH_CHARS = 4 << 20;

  private final CopyIn copy;
  private final Progress progress;
  private final Timestamps timestamps = new Timestamps();
  private final StringBuilder buf = new StringBuilder(FLUSH_CHARS + (64 << 10));
  private boolean firstField = true;
  private long pendingRows;
  private long rows;

  CopyRows(Connection c, String table, String columns, Progress progress) throws SQLException {
    this.copy = c.unwrap(PGConnection.class).getCopyAPI().copyIn("copy " + table + " (" + columns + ") from stdin");
    this.progress = progress;
  }

  CopyRows text(String s) {
    sep();
    if (s == null) {
      buf.append("\\N");
      return this;
    }
    for (int i = 0, n = s.length(); i < n; i++) {
      char ch = s.charAt(i);
      switch (ch) {
        case '\\' -> buf.append("\\\\");
        case '\n' -> buf.append("\\n");
        case '\r' -> buf.append("\\r");
        case '\t' -> buf.append("\\t");
        default -> buf.append(ch);
      }
    }
    return this;
  }

  CopyRows number(long v) {
    sep();
    buf.append(v);
    return this;
  }

  CopyRows bool(boolean v) {
    sep();
    buf.append(v ? 't' : 'f');
    return this;
  }

  /** A timestamp; {@code Long.MIN_VALUE} writes NULL. */
  CopyRows time(long millis) {
    sep();
    if (millis == Long.MIN_VALUE) buf.append("\\N"); else timestamps.append(buf, millis);
    return this;
  }

  /** Raw text known to need no escaping (ids, paths). */
  StringBuilder raw() {
    sep();
    return buf;
  }

  void endRow() throws SQLException {
    buf.append('\n');
    firstField = true;
    pendingRows++;
    if (buf.length() >= FLUSH_CHARS) flush();
  }

  long rows() {
    return rows + pendingRows;
  }

  private void sep() {
    if (!firstField) buf.append('\t');
    firstField = false;
  }

  private void flush() throws SQLException {
    byte[] bytes = buf.toString().getBytes(StandardCharsets.UTF_8);
    copy.writeToCopy(bytes, 0, bytes.length);
    buf.setLength(0);
    rows += pendingRows;
    progress.add(pendingRows);
    pendingRows = 0;
  }

  /** Sends the last rows and ends the COPY; returns the row count. */
  long finish() throws SQLException {
    flush();
    copy.endCopy();
    return rows;
  }

  /** Without {@link #finish}, as when a row failed to generate: abandons the COPY. */
  @Override
  public void close() throws SQLException {
    if (copy.isActive()) copy.cancelCopy();
  }
}
