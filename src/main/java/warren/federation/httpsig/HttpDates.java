package warren.federation.httpsig;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/** The HTTP-date of the {@code Date} header: {@code Tue, 28 Mar 2023 21:03:44 GMT}. */
public final class HttpDates {
  /** Always two digits for the day, which {@code RFC_1123_DATE_TIME} does not write. */
  private static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);

  private HttpDates() {}

  public static String format(Instant instant) {
    return FORMAT.format(instant);
  }

  public static Optional<Instant> parse(String value) {
    if (value == null) return Optional.empty();
    try {
      return Optional.of(ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
