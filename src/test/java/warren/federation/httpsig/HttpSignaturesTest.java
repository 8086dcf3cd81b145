package warren.federation.httpsig;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import warren.federation.httpsig.SignatureException.Reason;
import warren.support.crypto.RsaKeys;

class HttpSignaturesTest {
  static final Instant NOW = Instant.parse("2023-03-28T21:03:44Z");
  static final URI INBOX = URI.create("https://warren.test/inbox");
  static final byte[] BODY = "{\"type\":\"Follow\",\"id\":\"https://remote.example/activities/follow/1\"}"
      .getBytes(StandardCharsets.UTF_8);
  static final String ACTOR = "https://remote.example/u/alice";

  static final RsaKeys.PemPair KEYS = RsaKeys.generate();
  static final SigningKey SIGNER = SigningKey.of(ACTOR, KEYS.privatePem());
  static final KeyResolver RESOLVER = keyId -> new ResolvedKey(keyId, ACTOR, Pem.publicKey(KEYS.publicPem()));

  /** The request as a receiver sees it: the signed headers, one value each. */
  static Map<String, List<String>> received(Map<String, String> sent) {
    Map<String, List<String>> h = new HashMap<>();
    sent.forEach((k, v) -> h.put(k, List.of(v)));
    return h;
  }

  static Map<String, List<String>> signedPost() {
    return received(HttpSignatures.signPost(INBOX, "warren.test", BODY, SIGNER, NOW));
  }

  @Test
  void signsAsLemmyDoes() {
    Map<String, String> headers = HttpSignatures.signPost(INBOX, "warren.test", BODY, SIGNER, NOW);
    assertThat(headers).containsEntry("content-type", "application/activity+json")
        .containsEntry("host", "warren.test")
        .containsEntry("date", "Tue, 28 Mar 2023 21:03:44 GMT")
        .containsEntry("digest", "SHA-256=GP5k8u/5TTfguOOrL/1kqpHhJAeoe3cXVOdA3/C6BAg=");
    assertThat(headers.get("signature")).matches("keyId=\"https://remote.example/u/alice#main-key\","
        + "algorithm=\"hs2019\",headers=\"\\(request-target\\) content-type date digest host\",signature=\"[A-Za-z0-9+/=]+\"");
  }

  @Test
  void signThenVerify() {
    var verified = HttpSignatures.verify("POST", "/inbox", signedPost(), BODY, RESOLVER, NOW.plusSeconds(30));
    assertThat(verified.keyId()).isEqualTo(ACTOR + "#main-key");
    assertThat(verified.ownerId()).isEqualTo(ACTOR);
    assertThat(verified.signedHeaders()).containsExactly("(request-target)", "content-type", "date", "digest", "host");
  }

  @Test
  void headerNamesAreCaseInsensitive() {
    Map<String, List<String>> h = new HashMap<>();
    signedPost().forEach((k, v) -> h.put(k.toUpperCase(), v));
    HttpSignatures.verify("POST", "/inbox", h, BODY, RESOLVER, NOW);
  }

  @Test
  void tamperedBodyIsRejected() {
    byte[] other = "{\"type\":\"Delete\"}".getBytes(StandardCharsets.UTF_8);
    assertReason(() -> HttpSignatures.verify("POST", "/inbox", signedPost(), other, RESOLVER, NOW),
        Reason.DIGEST_MISMATCH);
  }

  @Test
  void tamperedDigestHeaderIsRejected() {
    byte[] other = "{\"type\":\"Delete\"}".getBytes(StandardCharsets.UTF_8);
    var h = signedPost();
    h.put("digest", List.of(Digests.sha256(other)));
    assertReason(() -> HttpSignatures.verify("POST", "/inbox", h, other, RESOLVER, NOW), Reason.BAD_SIGNATURE);
  }

  @Test
  void tamperedHeaderIsRejected() {
    var h = signedPost();
    h.put("host", List.of("other.example"));
    assertReason(() -> HttpSignatures.verify("POST", "/inbox", h, BODY, RESOLVER, NOW), Reason.BAD_SIGNATURE);
  }

  @Test
  void otherPathIsRejected() {
    assertReason(() -> HttpSignatures.verify("POST", "/c/main/inbox", signedPost(), BODY, RESOLVER, NOW),
        Reason.BAD_SIGNATURE);
  }

  @Test
  void wrongKeyIsRejected() {
    RsaKeys.PemPair other = RsaKeys.generate();
    KeyResolver wrong = keyId -> new ResolvedKey(keyId, ACTOR, Pem.publicKey(other.publicPem()));
    assertReason(() -> HttpSignatures.verify("POST", "/inbox", signedPost(), BODY, wrong, NOW), Reason.BAD_SIGNATURE);
  }

  @Test
  void staleAndFutureDatesAreRejected() {
    assertReason(() -> HttpSignatures.verify("POST", "/inbox", signedPost(), BODY, RESOLVER,
        NOW.plus(Duration.ofMinutes(61))), Reason.STALE);
    assertReason(() -> HttpSignatures.verify("POST", "/inbox", signedPost(), BODY, RESOLVER,
        NOW.minus(Duration.ofMinutes(61))), Reason.STALE);
    HttpSignatures.verify("POST", "/inbox", signedPost(), BODY, RESOLVER, NOW.plus(Duration.ofMinutes(59)));
  }

  @Test
  void missingDigestIsRejected() {
    // Signed without a Digest header: the POST's body is vouched for by nothing.
    Map<String, String> sent = new java.util.LinkedHashMap<>();
    sent.put("host", "warren.test");
    sent.put("date", HttpDates.format(NOW));
    sent.put("signature", HttpSignatures.sign("POST", "/inbox", sent, SIGNER));
    assertReason(() -> HttpSignatures.verify("POST", "/inbox", received(sent), BODY, RESOLVER, NOW),
        Reason.INSUFFICIENT_HEADERS);

    var h = signedPost();
    h.remove("digest");
    assertReason(() -> HttpSignatures.verify("POST", "/inbox", h, BODY, RESOLVER, NOW), Reason.DIGEST_MISMATCH);
  }

  @Test
  void unsignedAndOddSignaturesAreRejected() {
    var h = signedPost();
    h.remove("signature");
    assertReason(() -> HttpSignatures.verify("POST", "/inbox", h, BODY, RESOLVER, NOW), Reason.MISSING);

    h.put("signature", List.of("keyId=\"k\",algorithm=\"ed25519\",headers=\"(request-target) date digest\",signature=\"AA==\""));
    assertReason(() -> HttpSignatures.verify("POST", "/inbox", h, BODY, RESOLVER, NOW), Reason.UNSUPPORTED_ALGORITHM);

    h.put("signature", List.of("keyId=\"k\",headers=\"date digest\",signature=\"AA==\""));
    assertReason(() -> HttpSignatures.verify("POST", "/inbox", h, BODY, RESOLVER, NOW), Reason.INSUFFICIENT_HEADERS);

    h.put("signature", List.of("algorithm=\"hs2019\",signature=\"AA==\""));
    assertReason(() -> HttpSignatures.verify("POST", "/inbox", h, BODY, RESOLVER, NOW), Reason.MALFORMED);
  }

  @Test
  void signedGetVerifiesWithoutDigest() {
    URI url = URI.create("https://remote.example/u/alice?x=1");
    var sent = HttpSignatures.signGet(url, "remote.example", "application/activity+json", SIGNER, NOW);
    assertThat(sent.get("signature")).contains("headers=\"(request-target) accept date host\"");
    HttpSignatures.verify("GET", "/u/alice?x=1", received(sent), null, RESOLVER, NOW);
  }

  /** Mastodon signs with algorithm rsa-sha256 and its own header order; Authorization also carries signatures. */
  @Test
  void acceptsRsaSha256AndAuthorizationHeader() {
    var h = signedPost();
    String sig = h.get("signature").getFirst().replace("algorithm=\"hs2019\"", "algorithm=\"rsa-sha256\"");
    h.remove("signature");
    h.put("Authorization", List.of("Signature " + sig));
    HttpSignatures.verify("POST", "/inbox", h, BODY, RESOLVER, NOW);
  }

  @Test
  void digestRules() {
    assertThat(Digests.matches("SHA-256=" + "GP5k8u/5TTfguOOrL/1kqpHhJAeoe3cXVOdA3/C6BAg=", BODY)).isTrue();
    assertThat(Digests.matches("sha-256=GP5k8u/5TTfguOOrL/1kqpHhJAeoe3cXVOdA3/C6BAg=,X-Other=abc", BODY)).isTrue();
    assertThat(Digests.matches("SHA-256=AAAA", BODY)).isFalse();
    assertThat(Digests.matches("MD5=abc", BODY)).isFalse();
    assertThat(Digests.matches(null, BODY)).isFalse();
  }

  @Test
  void httpDatesHaveTwoDigitDays() {
    assertThat(HttpDates.format(Instant.parse("2024-02-05T01:02:03Z"))).isEqualTo("Mon, 05 Feb 2024 01:02:03 GMT");
    assertThat(HttpDates.parse("Mon, 5 Feb 2024 01:02:03 GMT")).contains(Instant.parse("2024-02-05T01:02:03Z"));
    assertThat(HttpDates.parse("yesterday")).isEmpty();
  }

  static void assertReason(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, Reason reason) {
    assertThatThrownBy(call).isInstanceOf(SignatureException.class)
        .extracting(e -> ((SignatureException) e).reason()).isEqualTo(reason);
  }

  @Test
  void theSignedHeaderNamesAreReadWhateverTheWhiteSpace() {
    SignatureHeader h = SignatureHeader.parse("keyId=\"k\",headers=\"  (request-target)\tHost  date \",signature=\"AA==\"");
    assertThat(h.headers()).containsExactly("(request-target)", "host", "date");
    assertThat(SignatureHeader.parse("keyId=\"k\",headers=\" \",signature=\"AA==\"").headers()).containsExactly("(created)");
  }
}
