package warren.federation.protocol;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonDeserialize;

/** A content language, {@code {"identifier":"fr","name":"Français"}}; Lemmy needs both fields. */
@JsonDeserialize(using = LanguageTag.Reader.class)
public record LanguageTag(String identifier, String name) {

  static final class Reader extends Lenient.TreeReader<LanguageTag> {
    @Override
    protected LanguageTag fromTree(JsonNode node) {
      String identifier = Lenient.string(node, "identifier");
      String name = Lenient.string(node, "name");
      return identifier == null || name == null ? null : new LanguageTag(identifier, name);
    }
  }
}
