package warren.federation.protocol;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON codec of ActivityPub documents. Field names are AS2's camelCase as the records spell
 * them; absent values are left out, as Lemmy's serde does, while empty lists are written (Lemmy
 * writes {@code "cc":[]} and {@code "attachment":[]}). Reading is tolerant: unknown fields are
 * ignored, a single value stands for a one-element list, and the value types that other servers
 * shape differently read leniently (see {@link Lenient}). No JSON-LD processing happens, as in
 * Lemmy: {@code @context} is ignored on the way in, whatever its form, and added on the way out.
 */
public final class ApJson {
  /** What Warren serves and sends ActivityPub JSON as. */
  public static final String CONTENT_TYPE = "application/activity+json";
  /** Lemmy's {@code @context}: its own extension terms, then ActivityStreams. */
  public static final List<String> LEMMY_CONTEXT =
      List.of("https://join-lemmy.org/context.json", "https://www.w3.org/ns/activitystreams");
  public static final String PUBLIC = "https://www.w3.org/ns/activitystreams#Public";

  public static final JsonMapper MAPPER = JsonMapper.builder()
      .changeDefaultPropertyInclusion(incl -> incl.withValueInclusion(JsonInclude.Include.NON_NULL))
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
      // JSON-LD allows ["Person"] for "Person".
      .enable(DeserializationFeature.UNWRAP_SINGLE_VALUE_ARRAYS)
      .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
      .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
      .addModule(new SimpleModule("warren-activitypub").addDeserializer(Instant.class, new Lenient.Time()))
      .build();

  private ApJson() {}

  /** A top-level document: {@code value} with Lemmy's {@code @context} as its first field. */
  public static ObjectNode document(Object value) {
    ObjectNode doc = MAPPER.createObjectNode();
    ArrayNode context = doc.putArray("@context");
    LEMMY_CONTEXT.forEach(context::add);
    doc.setAll(tree(value));
    return doc;
  }

  public static byte[] documentBytes(Object value) {
    return MAPPER.writeValueAsBytes(document(value));
  }

  public static ObjectNode tree(Object value) {
    JsonNode node = MAPPER.valueToTree(value);
    if (!(node instanceof ObjectNode object)) throw new IllegalArgumentException("not a JSON object: " + value);
    return object;
  }

  public static byte[] write(Object value) {
    return MAPPER.writeValueAsBytes(value);
  }

  /** Parses JSON text; anything that is not a JSON object fails with {@link ApParseException}. */
  public static JsonNode parse(byte[] json) {
    try {
      JsonNode node = MAPPER.readTree(json);
      if (node == null || !node.isObject()) throw new ApParseException("not a JSON object");
      return node;
    } catch (JacksonException e) {
      throw new ApParseException("not valid JSON: " + e.getOriginalMessage());
    }
  }

  /** Reads {@code node} as {@code type}; a shape that cannot be read fails with {@link ApParseException}. */
  public static <T> T read(JsonNode node, Class<T> type) {
    try {
      return MAPPER.treeToValue(node, type);
    } catch (JacksonException e) {
      throw new ApParseException("cannot read " + type.getSimpleName() + ": " + e.getOriginalMessage());
    }
  }
}
