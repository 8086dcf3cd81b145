package warren.domain.pronouns;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PronounSuffixTest {
  private static final List<String> LIST = List.of("none/use name", "comrade/them", "she/her", "they/them");

  @Test
  void composesHexbearsForm() {
    assertThat(PronounSuffix.compose("JoeySteel", "joey", List.of("comrade/them")))
        .isEqualTo("JoeySteel [comrade/them]");
    assertThat(PronounSuffix.compose("Joey", "joey", List.of("she/her", "they/them")))
        .isEqualTo("Joey [she/her, they/them]");
  }

  @Test
  void withoutPronounsTheDisplayNameIsUntouchedAndNullStaysNull() {
    assertThat(PronounSuffix.compose("Joey", "joey", List.of())).isEqualTo("Joey");
    assertThat(PronounSuffix.compose(null, "joey", List.of())).isNull();
    assertThat(PronounSuffix.compose(null, "joey", null)).isNull();
  }

  @Test
  void withPronounsAndNoDisplayNameTheUserNameCarriesThem() {
    assertThat(PronounSuffix.compose(null, "joey", List.of("she/her"))).isEqualTo("joey [she/her]");
  }

  @Test
  void parsesOneOrTwoValuesInTheListsSpelling() {
    assertThat(PronounSuffix.parse("JoeySteel [comrade/them]", LIST))
        .contains(new PronounSuffix.Split("JoeySteel", List.of("comrade/them")));
    assertThat(PronounSuffix.parse("  Joey   [ She/Her ,THEY/them]  ", LIST))
        .contains(new PronounSuffix.Split("Joey", List.of("she/her", "they/them")));
    assertThat(PronounSuffix.parse("Joey[none/use name]", LIST))
        .contains(new PronounSuffix.Split("Joey", List.of("none/use name")));
  }

  @Test
  void aRepeatedValueCountsOnceAndTheNameMayBeMissing() {
    assertThat(PronounSuffix.parse("Joey [she/her, she/her]", LIST))
        .contains(new PronounSuffix.Split("Joey", List.of("she/her")));
    assertThat(PronounSuffix.parse("[she/her]", LIST)).contains(new PronounSuffix.Split("", List.of("she/her")));
  }

  @Test
  void onlyTheLastBracketsCount() {
    assertThat(PronounSuffix.parse("Joey [the 2nd] [she/her]", LIST))
        .contains(new PronounSuffix.Split("Joey [the 2nd]", List.of("she/her")));
  }

  @Test
  void anythingElseIsAPlainName() {
    assertThat(PronounSuffix.parse("Joey", LIST)).isEmpty();
    assertThat(PronounSuffix.parse("Joey [foo/bar]", LIST)).isEmpty();
    assertThat(PronounSuffix.parse("Joey [she/her, foo/bar]", LIST)).isEmpty();
    assertThat(PronounSuffix.parse("Joey [she/her, they/them, comrade/them]", LIST)).isEmpty();
    assertThat(PronounSuffix.parse("Joey []", LIST)).isEmpty();
    assertThat(PronounSuffix.parse("Joey [she/her] again", LIST)).isEmpty();
    assertThat(PronounSuffix.parse("Joey she/her]", LIST)).isEmpty();
    assertThat(PronounSuffix.parse("Joey [she/her]", List.of())).isEmpty();
  }

  @Test
  void composedNamesParseBackToWhatMadeThem() {
    var pronouns = List.of("they/them", "she/her");
    var composed = PronounSuffix.compose("Joey", "joey", pronouns);
    assertThat(PronounSuffix.parse(composed, LIST)).contains(new PronounSuffix.Split("Joey", pronouns));
  }
}
