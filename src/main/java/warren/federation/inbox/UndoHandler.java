package warren.federation.inbox;

import warren.federation.protocol.Activity;

/**
 * Undo of an earlier activity, which it embeds: handed to the handler of the inner type, after
 * checking that whoever undoes it is whoever did it. Lemmy's Undo of a Follow embeds a new Follow
 * with a new id, so undoing never looks the inner id up; nor is the inner id recorded.
 */
final class UndoHandler implements ActivityHandler {
  private final Handlers handlers;

  UndoHandler(Handlers handlers) {
    this.handlers = handlers;
  }

  @Override
  public Effect prepare(Activity undo, Incoming in) {
    Activity inner = Lookups.inner(undo);
    Lookups.requireSameActor(inner, in);
    return handlers.of(inner.type()).map(h -> h.prepareUndo(inner, in)).orElse(Effect.NONE);
  }
}
