package warren.http;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Writes an {@link Instant} as ISO-8601 in UTC, exactly as {@code DateTimeFormatter.ISO_INSTANT}
 * does (the fraction in groups of three digits, none when zero), without the formatter: a list of
 * twenty posts carries about eighty timestamps, and the general formatter was a visible share of
 * the time spent writing it.
 */
final class InstantJson extends StdSerializer<Instant> {
  InstantJson() {
    super(Instant.class);
  }

  @Override
  public void serialize(Instant value, JsonGenerator gen, SerializationContext ctx) {
    char[] buf = new char[30];
    int n = format(value, buf);
    gen.writeString(buf, 0, n);
  }

  /** Formats into {@code buf} (at least 30 chars) and returns the length; years 0-9999 only. */
  static int format(Instant value, char[] buf) {
    LocalDateTime t = LocalDateTime.ofEpochSecond(value.getEpochSecond(), 0, ZoneOffset.UTC);
    int year = t.getYear();
    if (year < 0 || year > 9999) {
      String s = value.toString();
      s.getChars(0, s.length(), buf, 0);
      return s.length();
    }
    int p = digits(buf, 0, year, 4);
    buf[p++] = '-';
    p = digits(buf, p, t.getMonthValue(), 2);
    buf[p++] = '-';
    p = digits(buf, p, t.getDayOfMonth(), 2);
    buf[p++] = 'T';
    p = digits(buf, p, t.getHour(), 2);
    buf[p++] = ':';
    p = digits(buf, p, t.getMinute(), 2);
    buf[p++] = ':';
    p = digits(buf, p, t.getSecond(), 2);
    int nanos = value.getNano();
    if (nanos != 0) {
      buf[p++] = '.';
      if (nanos % 1_000_000 == 0) p = digits(buf, p, nanos / 1_000_000, 3);
      else if (nanos % 1_000 == 0) p = digits(buf, p, nanos / 1_000, 6);
      else p = digits(buf, p, nanos, 9);
    }
    buf[p++] = 'Z';
    return p;
  }

  private static int digits(char[] buf, int at, int value, int width) {
    for (int i = at + width - 1; i >= at; i--) {
      buf[i] = (char) ('0' + value % 10);
      value /= 10;
    }
    return at + width;
  }
}
