package warren.federation.protocol;

import java.util.List;

/**
 * A {@code Collection} or {@code OrderedCollection} (or a page of one). Items are references, so
 * one record serves Lemmy's four shapes: the outbox (embedded Announces), featured posts
 * (embedded Pages), moderators (person URLs) and followers (a count with no items).
 */
public record ApCollection(
    String type,
    String id,
    Integer totalItems,
    List<ObjectRef> items,
    List<ObjectRef> orderedItems,
    ObjectRef first,
    ObjectRef next) implements ApObject {

  public ApCollection {
    items = Lists.clean(items);
    orderedItems = Lists.clean(orderedItems);
  }

  public static ApCollection ordered(String id, Integer totalItems, List<ObjectRef> orderedItems) {
    return new ApCollection("OrderedCollection", id, totalItems, null, orderedItems, null, null);
  }

  /** The items, whichever field holds them. */
  public List<ObjectRef> all() {
    if (orderedItems != null) return orderedItems;
    return items == null ? List.of() : items;
  }
}
