package warren.support.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import warren.domain.DomainException;
import warren.domain.ErrorType;

/** Which addresses a server-side fetch may reach, with federation debug off and on. */
class AddressGuardTest {
  private final AddressGuard strict = new AddressGuard(false);
  private final AddressGuard debug = new AddressGuard(true);

  /** An IP literal; never a DNS lookup. */
  private static InetAddress ip(String literal) throws UnknownHostException {
    return InetAddress.getByName(literal);
  }

  /** An IPv6 address kept as IPv6 even in the mapped form, as a raw AAAA record would be. */
  private static InetAddress mapped(int a, int b, int c, int d) throws UnknownHostException {
    byte[] bytes = new byte[16];
    bytes[10] = (byte) 0xff;
    bytes[11] = (byte) 0xff;
    bytes[12] = (byte) a;
    bytes[13] = (byte) b;
    bytes[14] = (byte) c;
    bytes[15] = (byte) d;
    return Inet6Address.getByAddress(null, bytes, -1);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "127.0.0.1", "127.255.255.254", // loopback
      "10.0.0.1", "10.255.255.255", "172.16.0.1", "172.31.255.255", "192.168.0.1", "192.168.255.255", // private
      "169.254.169.254", "169.254.0.1", // link-local, cloud metadata
      "100.64.0.1", "100.127.255.255", // CGNAT
      "224.0.0.1", "239.255.255.250", // multicast
      "0.0.0.0", "0.1.2.3", // unspecified, "this network"
      "255.255.255.255", "240.0.0.1", // broadcast, reserved
      "192.0.2.1", "198.51.100.1", "203.0.113.1", "198.18.0.1", "192.0.0.1", // documentation, benchmarking, IETF
      "::1", "::", "fe80::1", "febf:ffff::1", "fc00::1", "fd12:3456::1", "ff02::1", "fec0::1", "2001:db8::1",
      "::ffff:127.0.0.1", "::ffff:10.0.0.1", "::ffff:169.254.169.254", "::ffff:0.0.0.0", // mapped forms
      "::127.0.0.1", "64:ff9b::7f00:1", "64:ff9b::a9fe:a9fe", "2002:7f00:1::1", "2002:a9fe:a9fe::1"})
  void refusesEveryNonPublicRangeWithoutDebug(String literal) throws Exception {
    assertThat(strict.isAllowed(ip(literal))).as(literal).isFalse();
  }

  @Test
  void refusesMappedFormsKeptAsIpv6() throws Exception {
    assertThat(strict.isAllowed(mapped(127, 0, 0, 1))).isFalse();
    assertThat(strict.isAllowed(mapped(192, 168, 1, 1))).isFalse();
    assertThat(strict.isAllowed(mapped(169, 254, 169, 254))).isFalse();
    assertThat(strict.isAllowed(mapped(100, 64, 0, 1))).isFalse();
    assertThat(strict.isAllowed(mapped(93, 184, 216, 34))).isTrue();
    assertThat(debug.isAllowed(mapped(127, 0, 0, 1))).isTrue();
    assertThat(debug.isAllowed(mapped(169, 254, 169, 254))).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"93.184.216.34", "1.1.1.1", "172.15.255.255", "172.32.0.1", "100.63.255.255",
      "100.128.0.1", "169.253.0.1", "2606:4700:4700::1111", "2a00:1450:4001::200e", "::ffff:8.8.8.8"})
  void allowsPublicAddresses(String literal) throws Exception {
    assertThat(strict.isAllowed(ip(literal))).as(literal).isTrue();
    assertThat(debug.isAllowed(ip(literal))).as(literal).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"127.0.0.1", "::1", "10.1.2.3", "172.20.0.1", "192.168.1.10", "fd00::5"})
  void debugModeAllowsLoopbackAndPrivate(String literal) throws Exception {
    assertThat(debug.isAllowed(ip(literal))).as(literal).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"169.254.169.254", "fe80::1", "100.64.0.1", "224.0.0.1", "0.0.0.0", "::",
      "64:ff9b::7f00:1", "2002:7f00:1::1"})
  void debugModeStillRefusesTheRest(String literal) throws Exception {
    assertThat(debug.isAllowed(ip(literal))).as(literal).isFalse();
  }

  @Test
  void aNameIsRefusedWhenAnyOfItsAddressesIsInternal() throws Exception {
    InetAddress[] mixed = {ip("93.184.216.34"), ip("10.0.0.7")};
    var guard = new AddressGuard(false, host -> mixed);
    assertThatThrownBy(() -> guard.resolve("mixed.example"))
        .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.type()).isEqualTo(ErrorType.INVALID_URL));
  }

  @Test
  void resolvesIpLiteralsWithAndWithoutBrackets() {
    assertThatThrownBy(() -> strict.resolve("[::1]")).isInstanceOf(DomainException.class);
    assertThatThrownBy(() -> strict.resolve("127.0.0.1")).isInstanceOf(DomainException.class);
    assertThat(debug.resolve("[::1]")).hasSize(1);
    assertThat(debug.resolve("127.0.0.1")).hasSize(1);
  }

  @Test
  void anUnknownHostIsAFetchFailureNotABadUrl() {
    var guard = new AddressGuard(false, host -> {
      throw new UnknownHostException(host);
    });
    assertThatThrownBy(() -> guard.resolve("nowhere.example"))
        .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.type()).isEqualTo(ErrorType.UNKNOWN));
  }
}
