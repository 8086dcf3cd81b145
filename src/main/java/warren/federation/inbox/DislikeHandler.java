package warren.federation.inbox;

import warren.federation.protocol.Activity;

/** Dislike: a downvote; with the site's downvotes off it only takes back an earlier vote. */
final class DislikeHandler implements ActivityHandler {
  private final VoteWrites votes;

  DislikeHandler(InboxServices s) {
    this.votes = new VoteWrites(s);
  }

  @Override
  public Effect prepare(Activity dislike, Incoming in) {
    return votes.prepare(dislike, in, -1);
  }

  @Override
  public Effect prepareUndo(Activity dislike, Incoming in) {
    return votes.prepare(dislike, in, 0);
  }
}
