package warren.federation.inbox;

import warren.federation.protocol.Activity;

/** Add to a community's moderators or featured posts. */
final class AddHandler implements ActivityHandler {
  private final CollectionChanges changes;

  AddHandler(InboxServices s) {
    this.changes = new CollectionChanges(s);
  }

  @Override
  public Effect prepare(Activity add, Incoming in) {
    return changes.prepare(add, in, true);
  }
}
