package warren.federation.httpsig;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.interfaces.RSAPrivateCrtKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import warren.support.crypto.RsaKeys;

/** PEM forms, and the cache of peers' keys. */
class KeysTest {
  static final RsaKeys.PemPair KEYS = RsaKeys.generate();

  @Test
  void readsPkcs8AndPkcs1PrivateKeys() {
    var pkcs8 = (RSAPrivateCrtKey) Pem.privateKey(KEYS.privatePem());
    byte[] der = pkcs8.getEncoded();
    // A 2048-bit PKCS#8 key is a 26-byte header around the PKCS#1 key.
    byte[] pkcs1 = Arrays.copyOfRange(der, 26, der.length);
    String pem = "-----BEGIN RSA PRIVATE KEY-----\r\n"
        + Base64.getMimeEncoder(76, "\r\n".getBytes()).encodeToString(pkcs1) + "\r\n-----END RSA PRIVATE KEY-----";
    assertThat(((RSAPrivateCrtKey) Pem.privateKey(pem)).getModulus()).isEqualTo(pkcs8.getModulus());
  }

  @Test
  void refusesWhatIsNoKey() {
    assertThatThrownBy(() -> Pem.publicKey("hello")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Pem.publicKey(KEYS.privatePem())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Pem.privateKey(KEYS.publicPem())).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void cacheKeepsKeysForTheirTimeAndDropsTheLeastUsed() {
    var now = new java.util.concurrent.atomic.AtomicReference<>(Instant.parse("2025-01-01T00:00:00Z"));
    Clock clock = new Clock() {
      @Override public java.time.ZoneId getZone() { return ZoneOffset.UTC; }
      @Override public Clock withZone(java.time.ZoneId zone) { return this; }
      @Override public Instant instant() { return now.get(); }
    };
    var cache = new KeyCache(2, Duration.ofHours(1), clock);
    AtomicInteger loads = new AtomicInteger();
    var key = Pem.publicKey(KEYS.publicPem());
    java.util.function.Function<String, ResolvedKey> loader = id -> {
      loads.incrementAndGet();
      return new ResolvedKey(id, "owner", key);
    };
    cache.get("a", loader);
    cache.get("a", loader);
    assertThat(loads).hasValue(1);
    now.set(now.get().plus(Duration.ofMinutes(61)));
    cache.get("a", loader);
    assertThat(loads).hasValue(2);

    cache.get("b", loader);
    cache.get("a", loader);
    cache.get("c", loader); // b is the least recently used
    assertThat(cache.size()).isEqualTo(2);
    assertThat(cache.peek("b")).isEmpty();
    assertThat(cache.peek("a")).isPresent();
    cache.invalidate("a");
    assertThat(cache.peek("a")).isEmpty();
  }
}
