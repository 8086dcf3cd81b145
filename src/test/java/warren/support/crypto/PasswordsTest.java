package warren.support.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordsTest {
  private final Passwords passwords = new Passwords(12);

  @Test
  void hashesInLemmysFormAndVerifies() {
    String hash = passwords.hash("lemmylemmy");
    assertThat(hash).startsWith("$2b$12$").hasSize(60);
    assertThat(passwords.verify("lemmylemmy", hash)).isTrue();
    assertThat(passwords.verify("lemmylemmx", hash)).isFalse();
    assertThat(passwords.verify("lemmylemmy", "not a hash")).isFalse();
  }

  @Test
  void theDecoyCostsAsMuchAsARealCheck() {
    String hash = passwords.hash("some-password");
    passwords.verify("warm-up", hash);
    passwords.verifyNobody("warm-up");
    long t0 = System.nanoTime();
    boolean real = passwords.verify("wrong-password", hash);
    long t1 = System.nanoTime();
    boolean decoy = passwords.verifyNobody("wrong-password");
    long t2 = System.nanoTime();
    assertThat(real).isFalse();
    assertThat(decoy).isFalse();
    assertThat((double) (t2 - t1) / (t1 - t0)).isBetween(0.5, 2.0);
  }
}
