package warren.domain.pronouns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import warren.domain.DomainException;
import warren.domain.ErrorType;

class PronounRulesTest {

  private static ErrorType refusal(ThrowingCallable call) {
    return assertThatExceptionOfType(DomainException.class).isThrownBy(call).actual().type();
  }

  @Test
  void anAllowListIsTrimmedAndKeepsItsOrder() {
    assertThat(PronounRules.allowList(List.of(" they/them ", "ae/aer", "any")))
        .containsExactly("they/them", "ae/aer", "any");
    assertThat(PronounRules.allowList(List.of())).isEmpty();
  }

  @Test
  void badAllowListsAreRefused() {
    for (List<String> bad : List.of(List.of("she/her", " "), List.of("she/[her]"), List.of("she, her"),
        List.of("she/her", "She/Her"), List.of("x".repeat(PronounRules.VALUE_MAX_LENGTH + 1)),
        List.of("she/\nher"), Arrays.asList("she/her", null))) {
      assertThat(refusal(() -> PronounRules.allowList(bad))).as(bad.toString()).isEqualTo(ErrorType.INVALID_PRONOUN);
    }
    var tooMany = new ArrayList<>(IntStream.rangeClosed(0, PronounRules.MAX_ALLOWED).mapToObj(i -> "p" + i).toList());
    assertThat(refusal(() -> PronounRules.allowList(tooMany))).isEqualTo(ErrorType.TOO_MANY_ITEMS);
    tooMany.removeLast();
    assertThat(PronounRules.allowList(tooMany)).hasSize(PronounRules.MAX_ALLOWED);
  }

  @Test
  void aChoiceTakesTheListsSpellingAndAtMostTwo() {
    var accepted = List.of("she/her", "they/them", "any");
    assertThat(PronounRules.choice(List.of("SHE/HER", " any"), accepted)).containsExactly("she/her", "any");
    assertThat(PronounRules.choice(List.of("any", "ANY"), accepted)).containsExactly("any");
    assertThat(PronounRules.choice(List.of(), accepted)).isEmpty();
    assertThat(refusal(() -> PronounRules.choice(List.of("she/her", "they/them", "any"), accepted)))
        .isEqualTo(ErrorType.INVALID_PRONOUN);
    assertThat(refusal(() -> PronounRules.choice(List.of("foo/bar"), accepted))).isEqualTo(ErrorType.INVALID_PRONOUN);
  }
}
