package warren.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A whole answer is reused only when it is made of the very same items and the same rest. */
class RepeatedAnswersTest {
  record Item(int id, String text) implements RepeatedJson {}

  record Page(List<Item> items, String next) {}

  private final RepeatedAnswers answers = new RepeatedAnswers();

  private byte[] json(List<Item> items, String next) {
    return answers.json(new Page(items, next), items, next);
  }

  @Test
  void theSameItemsAndRestGiveTheSameBytes() {
    var a = new Item(1, "one");
    var b = new Item(2, "two");
    byte[] first = json(List.of(a, b), "cursor");
    assertThat(new String(first)).isEqualTo("{\"items\":[{\"id\":1,\"text\":\"one\"},{\"id\":2,\"text\":\"two\"}],\"next\":\"cursor\"}");
    assertThat(json(List.of(a, b), "cursor")).isSameAs(first);
  }

  @Test
  void anyOtherItemOrderOrRestIsWrittenAfresh() {
    var a = new Item(1, "one");
    var b = new Item(2, "two");
    byte[] first = json(List.of(a, b), "cursor");
    assertThat(json(List.of(b, a), "cursor")).isNotSameAs(first);
    assertThat(new String(json(List.of(a, b), "other"))).endsWith("\"next\":\"other\"}");
    assertThat(new String(json(List.of(a, b), null))).doesNotContain("next");
    // An equal but new item (a row read again after a change that left it equal) is not trusted by value.
    var changed = new Item(2, "two, edited");
    assertThat(new String(json(List.of(a, changed), "cursor"))).contains("two, edited");
    assertThat(json(List.of(a, new Item(2, "two")), "cursor")).isNotSameAs(first).isEqualTo(first);
  }
}
