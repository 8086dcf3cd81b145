package warren.federation.protocol;

/**
 * Every ActivityPub document Warren reads or writes. {@link ApReader#read} picks the record by
 * {@code type}, as Lemmy's untagged enums pick by shape.
 */
public sealed interface ApObject
    permits PersonActor, GroupActor, ApplicationActor, Page, Note, ChatMessage, Tombstone, ApCollection, Activity {
  String type();

  String id();
}
