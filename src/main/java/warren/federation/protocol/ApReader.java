package warren.federation.protocol;

import tools.jackson.databind.JsonNode;

/** Reads any ActivityPub document into the record its {@code type} calls for. */
public final class ApReader {
  private ApReader() {}

  public static ApObject read(byte[] json) {
    return read(ApJson.parse(json));
  }

  /**
   * The document as its record. A {@code Note} with an {@code inReplyTo} is a comment, any other
   * {@code Note} (Mastodon's top-level toots) a post, as Lemmy decides. An unknown type, or a
   * document without an {@code id} (an embedded activity may lack one), fails.
   */
  public static ApObject read(JsonNode node) {
    String type = type(node);
    if (type == null) throw new ApParseException("no type");
    ApObject read = switch (type) {
      case "Person", "Service", "Organization" -> ApJson.read(node, PersonActor.class);
      case "Group" -> ApJson.read(node, GroupActor.class);
      case "Application" -> ApJson.read(node, ApplicationActor.class);
      case "Page", "Article", "Video", "Event" -> ApJson.read(node, Page.class);
      case "Note" -> hasValue(node, "inReplyTo") ? ApJson.read(node, Note.class) : ApJson.read(node, Page.class);
      case "ChatMessage" -> ApJson.read(node, ChatMessage.class);
      case "Tombstone" -> ApJson.read(node, Tombstone.class);
      case "Collection", "OrderedCollection", "CollectionPage", "OrderedCollectionPage" ->
          ApJson.read(node, ApCollection.class);
      default -> {
        if (ActivityType.of(type).isEmpty()) throw new ApParseException("unsupported type " + type);
        yield ApJson.read(node, Activity.class);
      }
    };
    if (read.id() == null) throw new ApParseException(type + " without id");
    return read;
  }

  /** The {@code type}: a string, or the first string of a list (JSON-LD allows several). */
  static String type(JsonNode node) {
    JsonNode type = node.get("type");
    if (type != null && type.isArray() && !type.isEmpty()) type = type.get(0);
    return Lenient.string(type);
  }

  private static boolean hasValue(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value != null && !value.isNull();
  }
}
