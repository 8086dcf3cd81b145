package warren.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeType;

/**
 * "Our JSON has every field theirs has, with the same JSON type", checked all the way down: the
 * test Lemmy runs on its own output ({@code test_parse_lemmy_item}), relaxed from equal values to
 * equal shapes, since our ids and texts differ. Extra fields on our side are fine. Array elements
 * are compared with ours at the same index (or our last one), and a non-empty array of theirs
 * needs a non-empty one of ours. Paths are written {@code object.to[0]}; {@code ignored} lists the
 * paths (with {@code []} for any index) not to compare, each needing a reason at the call.
 */
public final class JsonShapes {
  private JsonShapes() {}

  public static void assertContainsShape(JsonNode theirs, JsonNode ours, Set<String> ignored) {
    List<String> problems = new ArrayList<>();
    compare("", theirs, ours, ignored, problems);
    if (!problems.isEmpty()) {
      throw new AssertionError("shape differs:\n  " + String.join("\n  ", problems) + "\nours: " + ours.toPrettyString());
    }
  }

  public static void assertContainsShape(JsonNode theirs, JsonNode ours) {
    assertContainsShape(theirs, ours, Set.of());
  }

  private static void compare(String path, JsonNode theirs, JsonNode ours, Set<String> ignored, List<String> problems) {
    if (ignored.contains(path.replaceAll("\\[\\d+]", "[]"))) return;
    if (ours == null || ours.isMissingNode()) {
      problems.add(path + ": missing (theirs: " + theirs + ")");
      return;
    }
    if (kind(theirs) != kind(ours)) {
      problems.add(path + ": " + kind(ours) + " instead of " + kind(theirs) + " (theirs: " + theirs + ", ours: " + ours + ")");
      return;
    }
    if (theirs.isObject()) {
      for (String field : theirs.propertyNames()) {
        compare(path.isEmpty() ? field : path + "." + field, theirs.get(field), ours.get(field), ignored, problems);
      }
    } else if (theirs.isArray() && !theirs.isEmpty()) {
      if (ours.isEmpty()) {
        problems.add(path + ": empty array, theirs has " + theirs.size() + " elements");
        return;
      }
      for (int i = 0; i < theirs.size(); i++) {
        compare(path + "[" + i + "]", theirs.get(i), ours.get(Math.min(i, ours.size() - 1)), ignored, problems);
      }
    }
  }

  private static JsonNodeType kind(JsonNode node) {
    return node.getNodeType();
  }
}
