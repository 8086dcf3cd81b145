package warren.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** How pages show times: "3 hours ago" in the text, the exact moment on hover. Everything in UTC. */
public final class Times {
  private static final DateTimeFormatter EXACT =
      DateTimeFormatter.ofPattern("EEEE, MMMM d, yyyy 'at' HH:mm 'UTC'", Locale.ENGLISH).withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM", Locale.ENGLISH);

  /** Replaced in tests that need a fixed "now". */
  static volatile Clock clock = Clock.systemUTC();

  private Times() {}

  /** For the {@code datetime} attribute. */
  public static String iso(Instant t) {
    return t.truncatedTo(ChronoUnit.SECONDS).toString();
  }

  /** Exact times by epoch minute: a thread shows hundreds, and formatting costs a microsecond each. */
  private static final warren.support.cache.BoundedCache<Long, String> EXACT_BY_MINUTE =
      new warren.support.cache.BoundedCache<>(16_384);

  /** For the {@code title} attribute. */
  public static String exact(Instant t) {
    return EXACT_BY_MINUTE.computeIfAbsent(Math.floorDiv(t.getEpochSecond(), 60), m -> EXACT.format(t));
  }

  /** "just now", "5 minutes ago", "1 day ago", "4 years ago"; future times read "in 2 hours". */
  public static String relative(Instant t) {
    Instant now = clock.instant();
    boolean future = t.isAfter(now);
    String span = span(future ? now : t, future ? t : now);
    if (span == null) return "just now";
    return future ? "in " + span : span + " ago";
  }

  private static String span(Instant from, Instant to) {
    Duration d = Duration.between(from, to);
    if (d.toMinutes() < 1) return null;
    if (d.toHours() < 1) return count(d.toMinutes(), "minute");
    if (d.toDays() < 1) return count(d.toHours(), "hour");
    Period p = Period.between(from.atOffset(ZoneOffset.UTC).toLocalDate(), to.atOffset(ZoneOffset.UTC).toLocalDate());
    if (p.getYears() > 0) return count(p.getYears(), "year");
    if (p.getMonths() > 0) return count(p.getMonths(), "month");
    return count(Math.max(1, d.toDays()), "day");
  }

  /** "1 comment", "14 comments". */
  public static String count(long n, String singular) {
    return count(n, singular, singular + "s");
  }

  public static String count(long n, String singular, String plural) {
    return n + " " + (n == 1 ? singular : plural);
  }

  /** "September 2nd, 2020". */
  public static String longDate(Instant t) {
    LocalDate d = t.atOffset(ZoneOffset.UTC).toLocalDate();
    return MONTH.format(d) + " " + d.getDayOfMonth() + ordinal(d.getDayOfMonth()) + ", " + d.getYear();
  }

  static String ordinal(int day) {
    if (day >= 11 && day <= 13) return "th";
    return switch (day % 10) {
      case 1 -> "st";
      case 2 -> "nd";
      case 3 -> "rd";
      default -> "th";
    };
  }

  /** Whether today (UTC) is an anniversary of {@code joined}: same month and day, a later year. */
  public static boolean isCakeDay(Instant joined) {
    LocalDate j = joined.atOffset(ZoneOffset.UTC).toLocalDate();
    LocalDate today = clock.instant().atOffset(ZoneOffset.UTC).toLocalDate();
    // A leap-day account celebrates on February 28th in other years.
    boolean leapDay = j.getMonthValue() == 2 && j.getDayOfMonth() == 29 && !today.isLeapYear();
    int day = leapDay ? 28 : j.getDayOfMonth();
    return today.getYear() > j.getYear() && today.getMonth() == j.getMonth() && today.getDayOfMonth() == day;
  }
}
