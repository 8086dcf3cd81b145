package warren.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class InstantJsonTest {
  @Test
  void writesWhatIsoInstantWrites() {
    var random = new SplittableRandom(7);
    char[] buf = new char[30];
    for (int i = 0; i < 100_000; i++) {
      long seconds = random.nextLong(Instant.parse("0000-01-01T00:00:00Z").getEpochSecond(),
          Instant.parse("9999-12-31T23:59:59Z").getEpochSecond());
      int nanos = switch (i % 4) {
        case 0 -> 0;
        case 1 -> random.nextInt(1000) * 1_000_000;
        case 2 -> random.nextInt(1_000_000) * 1_000;
        default -> random.nextInt(1_000_000_000);
      };
      Instant t = Instant.ofEpochSecond(seconds, nanos);
      assertThat(new String(buf, 0, InstantJson.format(t, buf))).isEqualTo(DateTimeFormatter.ISO_INSTANT.format(t));
    }
  }

  @Test
  void theMapperUsesIt() {
    assertThat(new String(Json.write(new Object[] {Instant.parse("2026-11-20T00:47:48.272Z")})))
        .isEqualTo("[\"2026-11-20T00:47:48.272Z\"]");
  }
}
