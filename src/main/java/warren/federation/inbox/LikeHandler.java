package warren.federation.inbox;

import warren.federation.protocol.Activity;

/** Like: an upvote. Undo of a Like takes back whatever vote there is, as Lemmy does. */
final class LikeHandler implements ActivityHandler {
  private final VoteWrites votes;

  LikeHandler(InboxServices s) {
    this.votes = new VoteWrites(s);
  }

  @Override
  public Effect prepare(Activity like, Incoming in) {
    return votes.prepare(like, in, 1);
  }

  @Override
  public Effect prepareUndo(Activity like, Incoming in) {
    return votes.prepare(like, in, 0);
  }
}
