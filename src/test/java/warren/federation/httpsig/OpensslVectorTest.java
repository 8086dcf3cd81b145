package warren.federation.httpsig;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import warren.support.crypto.RsaKeys;

/**
 * Signatures made by an implementation other than ours. The fixed vector was made once with
 * OpenSSL 3:
 * <pre>
 *   openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out k.pem
 *   openssl pkey -in k.pem -pubout                                  # PUBLIC_KEY below
 *   printf '%s' "$BODY" | openssl dgst -sha256 -binary | base64      # the Digest
 *   printf '(request-target): post /inbox\nhost: ...' &gt; ss.txt       # the signing string
 *   openssl dgst -sha256 -sign k.pem ss.txt | base64 -w0             # SIGNATURE below
 * </pre>
 * with Mastodon's header order, not ours. When {@code openssl} is on the PATH, a second test
 * checks both directions live.
 */
class OpensslVectorTest {
  static final String PUBLIC_KEY = """
      -----BEGIN PUBLIC KEY-----
      MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAjAddKIa8wrnahKHkD5nA
      rbz28yLoO+1ckSMxpKkHSmUb+5uTZd8hm0DifhqQJ+XKMzJBQM353sqf1UPSaW2h
      56JRAEVfDhFUvhk/k3VwGzL2ShwmLykjKyPuuZf2HqOUvXNX9O9FmqUFYSkQSOaN
      8gFLOujzkGRx239ouZ17AoV24f/d0dlUZLuGPzPzrQ4CzalwyFlVypVzP+9LrRF+
      jUcJv0nfss+Q6xOVv290uSL37HGFp1D6w9Wzp5yM/yrJSJOAKu7x9g55sj2bEonT
      mNcm2iDMvy0cJa9AKK2pk607rNsMhRlL0eoNWoEvcXyul90WJz4XucfexCQDArNd
      VQIDAQAB
      -----END PUBLIC KEY-----
      """;
  /** The same key as PKCS#1, as older servers publish it. */
  static final String PUBLIC_KEY_PKCS1 = """
      -----BEGIN RSA PUBLIC KEY-----
      MIIBCgKCAQEAjAddKIa8wrnahKHkD5nArbz28yLoO+1ckSMxpKkHSmUb+5uTZd8h
      m0DifhqQJ+XKMzJBQM353sqf1UPSaW2h56JRAEVfDhFUvhk/k3VwGzL2ShwmLykj
      KyPuuZf2HqOUvXNX9O9FmqUFYSkQSOaN8gFLOujzkGRx239ouZ17AoV24f/d0dlU
      ZLuGPzPzrQ4CzalwyFlVypVzP+9LrRF+jUcJv0nfss+Q6xOVv290uSL37HGFp1D6
      w9Wzp5yM/yrJSJOAKu7x9g55sj2bEonTmNcm2iDMvy0cJa9AKK2pk607rNsMhRlL
      0eoNWoEvcXyul90WJz4XucfexCQDArNdVQIDAQAB
      -----END RSA PUBLIC KEY-----
      """;
  static final String SIGNATURE = "L0BlzJWhaUyITN417z1Yx8wZhCMKN5cUMtwzBTLDhTP8oB1/EsNTaJsdY9hihFFg8SiZHl7ZBTdHgVYZK8ZR4a"
      + "+VuvP63ybQqOd6ZZhojo5zr/xVDwTwVBmAHvibLYXT1i/zAiof2adJbCwS0jH6Q1GzQc6Oqe6i+r7Zzxv6K5m1tk/TtnCnmRm3Vj5O1J1dlD12p"
      + "Y1L4d2kJg7CEOwIbnkW7VBCV45KFCxbhDrVIhTijb2ezhiLjP1rtdo484RIrDzQq7PhVpYwEDWa+jsyTSEV4BesvK4oIoa0+qwNeVWGcpukM+z6s"
      + "wMyM8juj9Ce/CftFOWrwT+tkoHoqlSkqg==";

  static Map<String, List<String>> headers(String signatureHeader) {
    return Map.of(
        "Host", List.of("warren.test"),
        "Date", List.of("Tue, 28 Mar 2023 21:03:44 GMT"),
        "Digest", List.of("SHA-256=GP5k8u/5TTfguOOrL/1kqpHhJAeoe3cXVOdA3/C6BAg="),
        "Content-Type", List.of("application/activity+json"),
        "Signature", List.of(signatureHeader));
  }

  @Test
  void verifiesTheFixedOpensslVector() {
    String header = "keyId=\"https://remote.example/u/alice#main-key\",algorithm=\"rsa-sha256\","
        + "headers=\"(request-target) host date digest content-type\",signature=\"" + SIGNATURE + "\"";
    for (String pem : List.of(PUBLIC_KEY, PUBLIC_KEY_PKCS1)) {
      KeyResolver keys = keyId -> new ResolvedKey(keyId, "https://remote.example/u/alice", Pem.publicKey(pem));
      var verified = HttpSignatures.verify("POST", "/inbox", headers(header), HttpSignaturesTest.BODY, keys,
          Instant.parse("2023-03-28T21:10:00Z"));
      assertThat(verified.ownerId()).isEqualTo("https://remote.example/u/alice");
    }
  }

  @Test
  void agreesWithOpensslBothWays(@TempDir Path dir) throws Exception {
    Assumptions.assumeTrue(onPath("openssl"), "openssl is not installed");
    RsaKeys.PemPair keys = RsaKeys.generate();
    Files.writeString(dir.resolve("k.pem"), keys.privatePem());
    Files.writeString(dir.resolve("pub.pem"), keys.publicPem());

    // OpenSSL signs, we verify.
    String signingString = "(request-target): get /u/alice\nhost: warren.test\ndate: Tue, 28 Mar 2023 21:03:44 GMT";
    Files.writeString(dir.resolve("ss.txt"), signingString);
    byte[] raw = run(dir, "openssl", "dgst", "-sha256", "-sign", "k.pem", "ss.txt");
    String sig = java.util.Base64.getEncoder().encodeToString(raw);
    var h = Map.of("host", List.of("warren.test"), "date", List.of("Tue, 28 Mar 2023 21:03:44 GMT"),
        "signature", List.of("keyId=\"k\",algorithm=\"hs2019\",headers=\"(request-target) host date\",signature=\""
            + sig + "\""));
    HttpSignatures.verify("GET", "/u/alice", h, null,
        keyId -> new ResolvedKey(keyId, "owner", Pem.publicKey(keys.publicPem())), Instant.parse("2023-03-28T21:03:44Z"));

    // We sign, OpenSSL verifies the signing string we would have built.
    SigningKey signer = new SigningKey("k", Pem.privateKey(keys.privatePem()));
    String ours = HttpSignatures.sign("GET", "/u/alice", Map.of("host", "warren.test", "date",
        "Tue, 28 Mar 2023 21:03:44 GMT"), signer);
    String b64 = ours.replaceAll(".*signature=\"([^\"]+)\".*", "$1");
    Files.write(dir.resolve("sig.bin"), java.util.Base64.getDecoder().decode(b64));
    Files.writeString(dir.resolve("ours.txt"),
        "(request-target): get /u/alice\ndate: Tue, 28 Mar 2023 21:03:44 GMT\nhost: warren.test");
    String out = new String(run(dir, "openssl", "dgst", "-sha256", "-verify", "pub.pem", "-signature", "sig.bin",
        "ours.txt"), StandardCharsets.UTF_8);
    assertThat(out).contains("Verified OK");
  }

  private static boolean onPath(String command) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
      if (Files.isExecutable(Path.of(dir, command))) return true;
    }
    return false;
  }

  private static byte[] run(Path dir, String... command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).directory(dir.toFile())
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    byte[] out = p.getInputStream().readAllBytes();
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(new String(out, StandardCharsets.UTF_8)).isZero();
    return out;
  }
}
