package warren.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Records written from the fragment cache read exactly as records written afresh. */
class JsonFragmentsTest {
  public record Author(int id, String displayName, String bio) implements RepeatedJson {}

  public record Entry(Author author, String title, Integer myVote) {}

  /** A repeated record holding repeated records, as a post view holds its post and creator. */
  public record Card(Author author, String title) implements RepeatedJson {}

  private static String write(Object value) {
    return new String(Json.write(value), StandardCharsets.UTF_8);
  }

  @Test
  void aRepeatedRecordWritesTheSameJsonAsTheFirstTime() {
    var author = new Author(7, "Joey \"JS\" Steel", null);
    String expected = "[{\"author\":{\"id\":7,\"display_name\":\"Joey \\\"JS\\\" Steel\"},\"title\":\"a\"},"
        + "{\"author\":{\"id\":7,\"display_name\":\"Joey \\\"JS\\\" Steel\"},\"title\":\"b\",\"my_vote\":1}]";
    List<Entry> page = List.of(new Entry(author, "a", null), new Entry(author, "b", 1));
    assertThat(write(page)).isEqualTo(expected);
    assertThat(write(page)).as("from the cache").isEqualTo(expected);
  }

  @Test
  void aRecordWithTheSameIdButNewValuesIsWrittenFromThem() {
    write(new Author(8, "before", "bio"));
    assertThat(write(new Author(8, "after", "bio"))).isEqualTo("{\"id\":8,\"display_name\":\"after\",\"bio\":\"bio\"}");
  }

  @Test
  void aRepeatedRecordInsideAnotherIsWrittenTheSameFromEitherCache() {
    var author = new Author(9, "nested", null);
    String alone = write(author);
    var first = new Card(author, "one");
    var second = new Card(author, "two");
    assertThat(write(List.of(first, second, first))).isEqualTo("[{\"author\":" + alone + ",\"title\":\"one\"},"
        + "{\"author\":" + alone + ",\"title\":\"two\"},{\"author\":" + alone + ",\"title\":\"one\"}]");
    assertThat(write(first)).as("the card from the cache").isEqualTo("{\"author\":" + alone + ",\"title\":\"one\"}");
    assertThat(write(author)).as("the author after being written inside cards").isEqualTo(alone);
  }
}
