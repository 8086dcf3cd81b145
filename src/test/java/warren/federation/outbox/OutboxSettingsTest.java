package warren.federation.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import warren.app.SettingsException;
import warren.app.SettingsLoader;

class OutboxSettingsTest {

  @Test
  void backoffFollowsLemmysCurveUpToADay() {
    var s = OutboxSettings.from(SettingsLoader.load(Optional.empty(), Map.of()));
    assertThat(s.backoff(1)).isZero();
    assertThat(s.backoff(2)).isEqualTo(Duration.ofMillis(1250));
    assertThat(s.backoff(11)).isEqualTo(Duration.ofMillis(9313));
    assertThat(s.backoff(50)).isLessThan(Duration.ofDays(1));
    assertThat(s.backoff(52)).isEqualTo(Duration.ofDays(1));
    assertThat(s.backoff(10_000)).isEqualTo(Duration.ofDays(1));
  }

  @Test
  void defaultsAndOverrides() {
    var defaults = OutboxSettings.from(SettingsLoader.load(Optional.empty(), Map.of()));
    assertThat(defaults.perSite()).isEqualTo(8);
    assertThat(defaults.total()).isEqualTo(256);
    assertThat(defaults.deadAfter()).isEqualTo(Duration.ofDays(3));
    assertThat(defaults.poll()).isEqualTo(Duration.ofSeconds(1));
    assertThat(defaults.requestTimeout()).isEqualTo(Duration.ofSeconds(10));

    var settings = SettingsLoader.load(Optional.empty(), Map.of("LEMMY_TEST_FAST_FEDERATION", "1",
        "WARREN_FEDERATION_CONCURRENT_SENDS_PER_SITE", "2", "WARREN_FEDERATION_CONCURRENT_SENDS", "50",
        "WARREN_FEDERATION_DEAD_AFTER_DAYS", "5", "WARREN_FEDERATION_DELIVERY_WORKERS", "false"));
    var tuned = OutboxSettings.from(settings);
    assertThat(tuned.poll()).isEqualTo(Duration.ofMillis(100));
    assertThat(tuned.perSite()).isEqualTo(2);
    assertThat(tuned.total()).isEqualTo(50);
    assertThat(tuned.deadAfter()).isEqualTo(Duration.ofDays(5));
    assertThat(settings.federation().delivery().workers()).isFalse();

    assertThatThrownBy(() -> SettingsLoader.load(Optional.empty(), Map.of("WARREN_FEDERATION_CONCURRENT_SENDS_PER_SITE", "0")))
        .isInstanceOf(SettingsException.class).hasMessageContaining("federation.concurrent_sends_per_site");
  }
}
