package warren.federation.outgoing;

import java.util.List;
import org.jdbi.v3.core.Handle;
import warren.federation.protocol.Activities;
import warren.federation.protocol.Activity;
import warren.federation.protocol.ActivityType;
import warren.store.community.Community;
import warren.store.person.Person;

/** Like, Dislike, and Undo of a vote, which always embeds a Like as Lemmy's does. */
final class VoteSender {
  private final Context cx;

  VoteSender(Context cx) {
    this.cx = cx;
  }

  void send(Handle h, Person voter, String objectId, Community c, int score) {
    if (!Sender.federates(c)) return;
    String origin = cx.sender().origin();
    ActivityType type = score < 0 ? ActivityType.Dislike : ActivityType.Like;
    Activity vote = Activities.vote(Activities.newId(origin, type), type, voter.actorId(), objectId, c.actorId());
    Activity a = score != 0 ? vote
        : Activities.undo(Activities.newId(origin, ActivityType.Undo), voter.actorId(), vote);
    cx.sender().inCommunity(h, a, voter, c, List.of());
  }
}
