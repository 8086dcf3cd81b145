package warren.federation.httpsig;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The Date header read fast in its usual form, and as RFC 1123 reads it otherwise. */
class HttpDatesTest {
  private static final Instant T = Instant.parse("2023-03-28T21:03:44Z");

  @Test
  void theUsualFormRoundTrips() {
    assertThat(HttpDates.format(T)).isEqualTo("Tue, 28 Mar 2023 21:03:44 GMT");
    assertThat(HttpDates.parse("Tue, 28 Mar 2023 21:03:44 GMT")).contains(T);
    assertThat(HttpDates.parse(" Tue, 28 Mar 2023 21:03:44 GMT ")).contains(T);
    assertThat(HttpDates.parse("Sat, 01 Jan 2000 00:00:00 GMT")).contains(Instant.parse("2000-01-01T00:00:00Z"));
  }

  @Test
  void otherRfc1123FormsAreStillRead() {
    assertThat(HttpDates.parse("Sat, 1 Jan 2000 00:00:00 GMT")).contains(Instant.parse("2000-01-01T00:00:00Z"));
    assertThat(HttpDates.parse("Tue, 28 Mar 2023 23:03:44 +0200")).contains(T);
    assertThat(HttpDates.parse("28 Mar 2023 21:03:44 GMT")).contains(T);
  }

  @Test
  void wrongDaysAndGarbageAreRefused() {
    assertThat(HttpDates.parse("Wed, 28 Mar 2023 21:03:44 GMT")).as("the 28th was a Tuesday").isEmpty();
    assertThat(HttpDates.parse("Tue, 28 Mar 2023 25:03:44 GMT")).isEmpty();
    assertThat(HttpDates.parse("Tue, 28 Xyz 2023 21:03:44 GMT")).isEmpty();
    assertThat(HttpDates.parse("2023-03-28T21:03:44Z")).isEmpty();
    assertThat(HttpDates.parse(null)).isEmpty();
  }
}
