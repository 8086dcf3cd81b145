package warren.federation.inbox;

import warren.federation.protocol.Activity;

/**
 * Update of a post or comment (applied only when newer than the stored copy), or of a remote
 * community by one of its moderators. Lemmy neither sends nor takes Update{Person}.
 */
final class UpdateHandler implements ActivityHandler {
  private final PostOrCommentWrites writes;

  UpdateHandler(InboxServices s) {
    this.writes = new PostOrCommentWrites(s);
  }

  @Override
  public Effect prepare(Activity update, Incoming in) {
    return writes.prepare(update, in, true);
  }
}
