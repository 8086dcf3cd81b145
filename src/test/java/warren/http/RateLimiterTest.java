package warren.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import warren.store.site.LocalSiteRateLimit;

class RateLimiterTest {
  private static LocalSiteRateLimit limits(int register, int perSecond) {
    return new LocalSiteRateLimit(1, 180, 60, 6, 600, register, perSecond, 6, 3600, 6, 600, 60, 600, 1, 86400,
        Instant.now(), null);
  }

  @Test
  void bucketsRefillOverTheirPeriod() throws Exception {
    var limiter = new RateLimiter(limits(2, 60));
    var ip = InetAddress.getByName("192.0.2.1");
    assertThat(limiter.allow(RateLimiter.Action.REGISTER, ip, 1000)).isTrue();
    assertThat(limiter.allow(RateLimiter.Action.REGISTER, ip, 1000)).isTrue();
    assertThat(limiter.allow(RateLimiter.Action.REGISTER, ip, 1000)).isFalse();
    assertThat(limiter.allow(RateLimiter.Action.REGISTER, ip, 1029)).as("half a token after 29 s").isFalse();
    assertThat(limiter.allow(RateLimiter.Action.REGISTER, ip, 1031)).as("a whole one after 30 s").isTrue();
  }

  @Test
  void ipv6ClientsShareTheirSlash64() throws Exception {
    var limiter = new RateLimiter(limits(1, 3600));
    assertThat(limiter.allow(RateLimiter.Action.REGISTER, InetAddress.getByName("2001:db8:1:2::1"), 0)).isTrue();
    assertThat(limiter.allow(RateLimiter.Action.REGISTER, InetAddress.getByName("2001:db8:1:2::ffff"), 0)).isFalse();
    assertThat(limiter.allow(RateLimiter.Action.REGISTER, InetAddress.getByName("2001:db8:1:3::1"), 0)).isTrue();
  }

  @Test
  void fullBucketsAreForgotten() throws Exception {
    var limiter = new RateLimiter(limits(2, 100));
    for (int i = 0; i < 100; i++) limiter.allow(RateLimiter.Action.REGISTER, InetAddress.getByName("192.0.2." + i), 0);
    assertThat(limiter.size()).isEqualTo(100);
    limiter.removeFullBuckets(25);
    assertThat(limiter.size()).as("half a token back, still remembered").isEqualTo(100);
    limiter.removeFullBuckets(50);
    assertThat(limiter.size()).isZero();
  }

  @Test
  void routesUseLemmysBuckets() {
    assertThat(RateLimitFilter.actionFor(io.helidon.http.Method.POST, "/user/login")).isEqualTo(RateLimiter.Action.REGISTER);
    assertThat(RateLimitFilter.actionFor(io.helidon.http.Method.POST, "/post")).isEqualTo(RateLimiter.Action.POST);
    assertThat(RateLimitFilter.actionFor(io.helidon.http.Method.GET, "/post")).isEqualTo(RateLimiter.Action.MESSAGE);
    assertThat(RateLimitFilter.actionFor(io.helidon.http.Method.GET, "/search")).isEqualTo(RateLimiter.Action.SEARCH);
  }
}
