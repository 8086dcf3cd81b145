package warren.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Records written from the fragment cache read exactly as records written afresh. */
class JsonFragmentsTest {
  public record Author(int id, String displayName, String bio) implements RepeatedJson {}

  public record Entry(Author author, String title, Integer myVote) {}

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
}
