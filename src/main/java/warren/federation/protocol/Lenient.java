package warren.federation.protocol;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ValueDeserializer;

/**
 * Readers for the values that servers shape differently. Lemmy drops a malformed optional value
 * ({@code deserialize_skip_error}) instead of refusing the whole object; these do the same by
 * reading {@code null} for what they cannot make sense of.
 */
public final class Lenient {
  private Lenient() {}

  /** Reads the JSON tree of a value and builds it by hand. */
  public abstract static class TreeReader<T> extends ValueDeserializer<T> {
    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) {
      return fromTree(ctxt.readTree(p));
    }

    /** The value, or null when {@code node} has a shape this type cannot take. */
    protected abstract T fromTree(JsonNode node);

    /** For a list where one value is wanted: the first element that reads. */
    protected final T firstOf(JsonNode array) {
      for (JsonNode element : array.values()) {
        T value = fromTree(element);
        if (value != null) return value;
      }
      return null;
    }
  }

  /** Timestamps in RFC 3339, with {@code Z} or an offset; anything else reads as absent. */
  public static final class Time extends TreeReader<Instant> {
    @Override
    protected Instant fromTree(JsonNode node) {
      String s = string(node);
      if (s == null) return null;
      try {
        return Instant.parse(s);
      } catch (DateTimeParseException e) {
        try {
          return OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException e2) {
          return null;
        }
      }
    }
  }

  /**
   * Addressing ({@code to}, {@code cc}): one URL or many, where an element may also be an object
   * with an {@code id}. Elements without a URL are dropped; {@code null} stays {@code null}, so a
   * reader can tell an absent field from an empty one.
   */
  public static final class UrlList extends TreeReader<List<String>> {
    @Override
    protected List<String> fromTree(JsonNode node) {
      if (node == null || node.isNull() || node.isMissingNode()) return null;
      List<String> urls = new ArrayList<>();
      if (node.isArray()) {
        for (JsonNode element : node.values()) {
          String id = id(element);
          if (id != null) urls.add(id);
        }
      } else {
        String id = id(node);
        if (id != null) urls.add(id);
      }
      return List.copyOf(urls);
    }
  }

  /** A string value, or null for anything else. */
  public static String string(JsonNode node) {
    return node != null && node.isString() ? node.stringValue() : null;
  }

  /** The string field {@code name} of an object, or null. */
  public static String string(JsonNode node, String name) {
    return node != null && node.isObject() ? string(node.get(name)) : null;
  }

  /** The URL a value names: the string itself, or an object's {@code id}. */
  public static String id(JsonNode node) {
    if (node == null) return null;
    if (node.isString()) return node.stringValue();
    if (node.isObject()) return string(node.get("id"));
    return null;
  }

  /** A URL that may come as a string, as a Link object ({@code href}), or as a list of either. */
  public static String link(JsonNode node) {
    if (node == null) return null;
    if (node.isString()) return node.stringValue();
    if (node.isObject()) {
      String href = string(node.get("href"));
      return href != null ? href : link(node.get("url"));
    }
    if (node.isArray()) {
      for (JsonNode element : node.values()) {
        String url = link(element);
        if (url != null) return url;
      }
    }
    return null;
  }
}
