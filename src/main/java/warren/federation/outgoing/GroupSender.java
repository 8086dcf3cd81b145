package warren.federation.outgoing;

import java.util.List;
import org.jdbi.v3.core.Handle;
import warren.federation.protocol.Activities;
import warren.federation.protocol.Activity;
import warren.federation.protocol.ActivityType;
import warren.store.community.Community;
import warren.store.person.Person;

/** Update{Group} when a moderator, local or remote, edits a community: the whole Group goes. */
final class GroupSender {
  private final Context cx;

  GroupSender(Context cx) {
    this.cx = cx;
  }

  void update(Handle h, Person actor, Community c) {
    if (!Sender.federates(c)) return;
    Activity a = Activities.updateGroup(Activities.newId(cx.sender().origin(), ActivityType.Update), actor.actorId(),
        cx.objects().group(h, c));
    cx.sender().inCommunity(h, a, actor, c, List.of());
  }
}
