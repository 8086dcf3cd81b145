package warren.federation.protocol;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * A profile field as Mastodon's {@code attachment} carries them: {@code {type:"PropertyValue",
 * name, value}}. Warren sends a person's pronouns as one named "Pronouns".
 */
public record PropertyValue(String type, String name, String value) {
  public static final String PRONOUNS = "Pronouns";

  public static PropertyValue of(String name, String value) {
    return new PropertyValue("PropertyValue", name, value);
  }

  /** The value of the field named {@code name} (any case), or null. */
  public static String find(List<PropertyValue> fields, String name) {
    if (fields == null) return null;
    for (PropertyValue f : fields) {
      if (f.name() != null && f.name().equalsIgnoreCase(name)) return f.value();
    }
    return null;
  }

  /** Reads only PropertyValue elements of one value or a list; anything else is dropped. */
  public static final class Reader extends Lenient.TreeReader<List<PropertyValue>> {
    @Override
    protected List<PropertyValue> fromTree(JsonNode node) {
      List<PropertyValue> out = new ArrayList<>();
      for (JsonNode e : node.isArray() ? node.values() : List.of(node)) {
        if (!e.isObject() || !"PropertyValue".equals(e.path("type").asString(null))) continue;
        JsonNode n = e.get("name");
        JsonNode v = e.get("value");
        if (n != null && n.isString() && v != null && v.isString()) out.add(of(n.asString(), v.asString()));
      }
      return out;
    }
  }
}
