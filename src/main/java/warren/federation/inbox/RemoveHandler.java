package warren.federation.inbox;

import warren.federation.protocol.Activity;

/** Remove from a community's moderators or featured posts. */
final class RemoveHandler implements ActivityHandler {
  private final CollectionChanges changes;

  RemoveHandler(InboxServices s) {
    this.changes = new CollectionChanges(s);
  }

  @Override
  public Effect prepare(Activity remove, Incoming in) {
    return changes.prepare(remove, in, false);
  }
}
