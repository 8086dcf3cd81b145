package warren.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TimesTest {
  private static final Instant NOW = Instant.parse("2024-09-02T12:00:00Z");

  private static void at(Instant now) {
    Times.clock = Clock.fixed(now, ZoneOffset.UTC);
  }

  @AfterEach
  void realClock() {
    Times.clock = Clock.systemUTC();
  }

  @Test
  void relativeTimesReadAsPeopleSayThem() {
    at(NOW);
    assertThat(Times.relative(NOW.minusSeconds(20))).isEqualTo("just now");
    assertThat(Times.relative(NOW.minusSeconds(60))).isEqualTo("1 minute ago");
    assertThat(Times.relative(NOW.minusSeconds(59 * 60))).isEqualTo("59 minutes ago");
    assertThat(Times.relative(NOW.minusSeconds(3 * 3600))).isEqualTo("3 hours ago");
    assertThat(Times.relative(NOW.minusSeconds(36 * 3600))).isEqualTo("1 day ago");
    assertThat(Times.relative(Instant.parse("2024-07-01T12:00:00Z"))).isEqualTo("2 months ago");
    assertThat(Times.relative(Instant.parse("2020-09-02T08:00:00Z"))).isEqualTo("4 years ago");
    assertThat(Times.relative(Instant.parse("2020-09-03T08:00:00Z"))).isEqualTo("3 years ago");
    assertThat(Times.relative(NOW.plusSeconds(7200))).isEqualTo("in 2 hours");
  }

  @Test
  void countsAreSingularForOne() {
    assertThat(Times.count(1, "Post")).isEqualTo("1 Post");
    assertThat(Times.count(3, "Post")).isEqualTo("3 Posts");
    assertThat(Times.count(0, "Comment")).isEqualTo("0 Comments");
    assertThat(Times.count(14, "Comment")).isEqualTo("14 Comments");
    assertThat(Times.count(1, "community", "communities")).isEqualTo("1 community");
    assertThat(Times.count(2, "community", "communities")).isEqualTo("2 communities");
  }

  @Test
  void cakeDayIsALongDateWithAnOrdinal() {
    assertThat(Times.longDate(Instant.parse("2020-09-02T23:00:00Z"))).isEqualTo("September 2nd, 2020");
    assertThat(Times.longDate(Instant.parse("2021-01-01T00:00:00Z"))).isEqualTo("January 1st, 2021");
    assertThat(Times.longDate(Instant.parse("2021-03-03T00:00:00Z"))).isEqualTo("March 3rd, 2021");
    assertThat(Times.longDate(Instant.parse("2021-03-11T00:00:00Z"))).isEqualTo("March 11th, 2021");
    assertThat(Times.longDate(Instant.parse("2021-03-12T00:00:00Z"))).isEqualTo("March 12th, 2021");
    assertThat(Times.longDate(Instant.parse("2021-03-13T00:00:00Z"))).isEqualTo("March 13th, 2021");
    assertThat(Times.longDate(Instant.parse("2021-03-21T00:00:00Z"))).isEqualTo("March 21st, 2021");
    assertThat(Times.longDate(Instant.parse("2021-03-22T00:00:00Z"))).isEqualTo("March 22nd, 2021");
    assertThat(Times.exact(Instant.parse("2020-09-02T14:03:09Z")))
        .isEqualTo("Wednesday, September 2, 2020 at 14:03 UTC");
  }

  @Test
  void theCakeShowsOnAnniversariesOnly() {
    at(NOW);
    assertThat(Times.isCakeDay(Instant.parse("2020-09-02T23:59:00Z"))).isTrue();
    assertThat(Times.isCakeDay(Instant.parse("2020-09-03T00:00:00Z"))).isFalse();
    assertThat(Times.isCakeDay(Instant.parse("2024-09-02T01:00:00Z"))).as("the day one joins").isFalse();
    at(Instant.parse("2025-02-28T10:00:00Z"));
    assertThat(Times.isCakeDay(Instant.parse("2024-02-29T10:00:00Z"))).as("leap-day accounts, in other years").isTrue();
  }
}
