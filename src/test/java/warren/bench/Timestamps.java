package warren.bench;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Writes epoch milliseconds as PostgreSQL timestamptz text in UTC. Six million timestamps go
 * through here, so it formats by arithmetic rather than through java.time.
 */
final class Timestamps {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);
  private static final long MS_PER_DAY = 86_400_000L;

  private long cachedDay = Long.MIN_VALUE;
  private String cachedDate;

  void append(StringBuilder b, long millis) {
    long day = Math.floorDiv(millis, MS_PER_DAY);
    if (day != cachedDay) {
      cachedDay = day;
      cachedDate = DAY.format(Instant.ofEpochMilli(day * MS_PER_DAY));
    }
    int ms = (int) (millis - day * MS_PER_DAY);
    int h = ms / 3_600_000;
    int m = ms / 60_000 % 60;
    int s = ms / 1000 % 60;
    int frac = ms % 1000;
    b.append(cachedDate).append(' ');
    two(b, h);
    b.append(':');
    two(b, m);
    b.append(':');
    two(b, s);
    b.append('.');
    if (frac < 100) b.append('0');
    if (frac < 10) b.append('0');
    b.append(frac).append("+00");
  }

  private static void two(StringBuilder b, int v) {
    if (v < 10) b.append('0');
    b.append(v);
  }
}
