package warren.federation.inbox;

import warren.federation.protocol.Activity;

/** Create of a post (Page and kin) or a comment (Note with inReplyTo). */
final class CreateHandler implements ActivityHandler {
  private final PostOrCommentWrites writes;

  CreateHandler(InboxServices s) {
    this.writes = new PostOrCommentWrites(s);
  }

  @Override
  public Effect prepare(Activity create, Incoming in) {
    return writes.prepare(create, in, false);
  }
}
