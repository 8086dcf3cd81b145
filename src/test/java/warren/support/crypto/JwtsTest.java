package warren.support.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Tokens verify by their signature, also once a good one is remembered. */
class JwtsTest {
  private final Jwts jwts = new Jwts("a-secret-of-at-least-thirty-two-bytes!", "warren.test");

  @Test
  void aTokenIssuedHereGivesItsUserEveryTime() {
    String token = jwts.issue(42);
    assertThat(jwts.verify(token)).contains(42);
    assertThat(jwts.verify(token)).as("from the remembered verification").contains(42);
  }

  @Test
  void anAlteredTokenIsRefusedEvenAfterTheGenuineOneWasRemembered() {
    String token = jwts.issue(7);
    assertThat(jwts.verify(token)).contains(7);
    String[] parts = token.split("\\.");
    // The signature's first character, not its last: the last of 43 base64 characters carries two
    // unused bits, so changing it can leave the signature's bytes as they were (1 time in 16).
    char first = parts[2].charAt(0);
    String altered = parts[0] + "." + parts[1] + "." + (first == 'A' ? 'B' : 'A') + parts[2].substring(1);
    assertThat(jwts.verify(altered)).isEmpty();
    String otherClaims = jwts.issue(8).split("\\.")[1];
    assertThat(jwts.verify(parts[0] + "." + otherClaims + "." + parts[2])).as("claims of another token").isEmpty();
  }

  @Test
  void aTokenSignedWithAnotherSecretIsRefused() {
    String foreign = new Jwts("another-secret-of-at-least-thirty-two-bytes", "warren.test").issue(42);
    assertThat(jwts.verify(foreign)).isEmpty();
    assertThat(jwts.verify("not a token")).isEmpty();
  }
}
