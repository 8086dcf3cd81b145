package warren.federation.httpsig;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The HTTP-date of the {@code Date} header: {@code Tue, 28 Mar 2023 21:03:44 GMT}. */
public final class HttpDates {
  /** Always two digits for the day, which {@code RFC_1123_DATE_TIME} does not write. */
  private static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);
  private static final List<String> MONTHS = List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
      "Oct", "Nov", "Dec");

  private HttpDates() {}

  public static String format(Instant instant) {
    return FORMAT.format(instant);
  }

  public static Optional<Instant> parse(String value) {
    if (value == null) return Optional.empty();
    String v = value.strip();
    Instant usual = usual(v);
    if (usual != null) return Optional.of(usual);
    try {
      return Optional.of(ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /**
   * The form every sender writes ({@code Tue, 28 Mar 2023 21:03:44 GMT}), read by position: the
   * general RFC 1123 parser was 3-5 % of the inbox's CPU. Null for anything else, or anything not
   * quite right (a day that is not the date's), which the general parser then accepts or refuses.
   */
  private static Instant usual(String v) {
    if (v.length() != 29 || v.charAt(3) != ',' || v.charAt(4) != ' ' || v.charAt(7) != ' ' || v.charAt(11) != ' '
        || v.charAt(16) != ' ' || v.charAt(19) != ':' || v.charAt(22) != ':' || !v.endsWith(" GMT")) {
      return null;
    }
    int month = MONTHS.indexOf(v.substring(8, 11)) + 1;
    int day = digits(v, 5, 2);
    int year = digits(v, 12, 4);
    int hour = digits(v, 17, 2);
    int minute = digits(v, 20, 2);
    int second = digits(v, 23, 2);
    if (month == 0 || day < 0 || year < 0 || hour < 0 || minute < 0 || second < 0) return null;
    try {
      LocalDateTime t = LocalDateTime.of(year, month, day, hour, minute, second);
      DayOfWeek named = t.getDayOfWeek();
      if (!v.regionMatches(0, named.getDisplayName(TextStyle.SHORT, Locale.US), 0, 3)) return null;
      return t.toInstant(ZoneOffset.UTC);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static int digits(String s, int from, int count) {
    int n = 0;
    for (int i = from; i < from + count; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') return -1;
      n = n * 10 + (c - '0');
    }
    return n;
  }
}
