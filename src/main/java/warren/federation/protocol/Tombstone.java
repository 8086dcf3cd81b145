package warren.federation.protocol;

/** What a deleted object is served as, with HTTP 410: {@code {"id":..,"type":"Tombstone"}}. */
public record Tombstone(String id, String type) implements ApObject {
  public static Tombstone of(String id) {
    return new Tombstone(id, "Tombstone");
  }
}
