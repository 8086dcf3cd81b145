package warren.federation.outgoing;

import java.util.List;
import org.jdbi.v3.core.Handle;
import tools.jackson.databind.JsonNode;
import warren.federation.inbox.Effect;
import warren.federation.inbox.InboxHooks;
import warren.federation.protocol.Activities;
import warren.federation.protocol.Activity;
import warren.federation.protocol.ActivityType;
import warren.store.community.Community;
import warren.store.person.Person;

/**
 * The outgoing half of what the inbox receives: an Accept for each follow of a local community
 * (Lemmy accepts them all), and an Announce of each remote person's activity in a local
 * community, so the other sites following it hear of it.
 */
final class AnnounceAndAccept implements InboxHooks {
  private final Context cx;

  AnnounceAndAccept(Context cx) {
    this.cx = cx;
  }

  @Override
  public void followAccepted(Handle h, Activity follow, Community community, Person follower) {
    Activity accept = Activities.accept(Activities.newId(cx.sender().origin(), ActivityType.Accept),
        community.actorId(), follow);
    cx.sender().send(h, accept, community.actorId(), community.actorId(), List.of(Sender.recipient(follower)), true);
  }

  @Override
  public Effect receivedInLocalCommunity(Handle h, Community community, JsonNode activity) {
    return cx.sender().announcement(h, community, activity)::accept;
  }
}
