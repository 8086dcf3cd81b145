package warren.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClientIpTest {
  @Test
  void acceptsOnlyAddressLiterals() {
    assertThat(ClientIp.parseLiteral("203.0.113.7").getHostAddress()).isEqualTo("203.0.113.7");
    assertThat(ClientIp.parseLiteral("203.0.113.7:4431").getHostAddress()).isEqualTo("203.0.113.7");
    assertThat(ClientIp.parseLiteral("[2001:db8::1]:443").getHostAddress()).isEqualTo("2001:db8:0:0:0:0:0:1");
    // Names would be looked up in DNS; a client must not make the server do that.
    assertThat(ClientIp.parseLiteral("abc")).isNull();
    assertThat(ClientIp.parseLiteral("dead.beef")).isNull();
    assertThat(ClientIp.parseLiteral("evil.example")).isNull();
  }
}
