package warren.federation.protocol;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A reference to another object, as ActivityPub allows it: a bare URL, the object embedded whole,
 * or (PeerTube's {@code attributedTo}, Mastodon's {@code Flag}) a list of either. The value read
 * is kept as it came, so it can be written back unchanged or read later as the type its context
 * calls for ({@link #as}).
 *
 * @param id   the URL: the string itself, the embedded object's {@code id}, or a list's first
 * @param node the embedded object or list, or null for a bare URL
 */
@JsonSerialize(using = ObjectRef.Writer.class)
@JsonDeserialize(using = ObjectRef.Reader.class)
public record ObjectRef(String id, JsonNode node) {

  public static ObjectRef of(String url) {
    return new ObjectRef(url, null);
  }

  /** Embeds {@code value} (a protocol record) whole. */
  public static ObjectRef embed(Object value) {
    JsonNode node = ApJson.tree(value);
    return new ObjectRef(Lenient.id(node), node);
  }

  public boolean isEmbedded() {
    return node != null && node.isObject();
  }

  /** The embedded object's {@code type}, when there is one. */
  public Optional<String> embeddedType() {
    return isEmbedded() ? Optional.ofNullable(Lenient.string(node.get("type"))) : Optional.empty();
  }

  /** The embedded object read as {@code type}; fails when the reference is only a URL. */
  public <T> T as(Class<T> type) {
    if (!isEmbedded()) throw new ApParseException("expected an embedded object, got a URL: " + id);
    return ApJson.read(node, type);
  }

  /** Every URL referenced: one, or each element of a list. */
  public List<String> ids() {
    if (node == null || !node.isArray()) return id == null ? List.of() : List.of(id);
    List<String> ids = new ArrayList<>();
    for (JsonNode element : node.values()) {
      String each = Lenient.id(element);
      if (each != null) ids.add(each);
    }
    return ids;
  }

  /** The first element of a list whose {@code type} is {@code type} (PeerTube's attributedTo). */
  public Optional<String> idOfType(String type) {
    if (node == null || !node.isArray()) return Optional.empty();
    for (JsonNode element : node.values()) {
      if (type.equals(Lenient.string(element, "type"))) return Optional.ofNullable(Lenient.id(element));
    }
    return Optional.empty();
  }

  static final class Reader extends Lenient.TreeReader<ObjectRef> {
    @Override
    protected ObjectRef fromTree(JsonNode node) {
      if (node.isString()) return of(node.stringValue());
      if (node.isObject()) return new ObjectRef(Lenient.id(node), node);
      if (node.isArray()) {
        JsonNode first = node.isEmpty() ? null : node.get(0);
        return new ObjectRef(Lenient.id(first), node);
      }
      return null;
    }
  }

  static final class Writer extends ValueSerializer<ObjectRef> {
    @Override
    public void serialize(ObjectRef value, JsonGenerator gen, SerializationContext ctxt) {
      if (value.node() != null) gen.writeTree(value.node());
      else gen.writeString(value.id());
    }
  }
}
