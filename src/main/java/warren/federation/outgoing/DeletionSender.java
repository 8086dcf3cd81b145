package warren.federation.outgoing;

import java.util.List;
import org.jdbi.v3.core.Handle;
import warren.federation.protocol.Activities;
import warren.federation.protocol.Activity;
import warren.federation.protocol.ActivityType;
import warren.store.community.Community;
import warren.store.person.Person;

/**
 * Delete and Undo{Delete} of posts, comments and communities. An author's own delete carries no
 * {@code summary}; a moderator's removal always does (empty without a reason), since that is
 * what tells Lemmy the two apart. A restore is an Undo embedding a fresh Delete.
 */
final class DeletionSender {
  private final Context cx;

  DeletionSender(Context cx) {
    this.cx = cx;
  }

  void send(Handle h, Person actor, String objectId, Community c, boolean deleted, boolean removal,
      String reason) {
    if (!Sender.federates(c)) return;
    String origin = cx.sender().origin();
    String summary = removal ? (reason == null ? "" : reason) : null;
    Activity delete = Activities.delete(Activities.newId(origin, ActivityType.Delete), actor.actorId(), objectId,
        c.actorId(), summary);
    Activity a = deleted ? delete : Activities.undo(Activities.newId(origin, ActivityType.Undo), actor.actorId(), delete);
    cx.sender().inCommunity(h, a, actor, c, List.of());
  }
}
