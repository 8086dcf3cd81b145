package warren.federation.outgoing;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jdbi.v3.core.Handle;
import warren.federation.outbox.Recipient;
import warren.federation.protocol.Activities;
import warren.federation.protocol.Activity;
import warren.federation.protocol.ActivityType;
import warren.store.community.Community;
import warren.store.person.Person;

/**
 * A local person follows a remote community (Follow, to the community's inbox; the follow stays
 * pending until its Accept arrives) or stops following it (Undo of a new Follow, as Lemmy sends).
 * On a first follow the community's outbox and pinned posts are fetched once the change commits.
 */
final class FollowSender {
  private static final Logger LOG = Logger.getLogger(FollowSender.class.getName());
  private final Context cx;

  FollowSender(Context cx) {
    this.cx = cx;
  }

  void send(Handle h, Person person, Community c, boolean follow) {
    if (c.local() || !Sender.federates(c)) return;
    String origin = cx.sender().origin();
    Activity f = Activities.follow(Activities.newId(origin, ActivityType.Follow), person.actorId(), c.actorId());
    Activity a = follow ? f : Activities.undo(Activities.newId(origin, ActivityType.Undo), person.actorId(), f);
    // Follows go to the community's own inbox: Lemmy's shared inbox takes them too, but this is what it sends.
    cx.sender().send(h, a, person.actorId(), c.actorId(), List.of(Recipient.of(c.inboxUrl(), null)), true);
    if (follow && !cx.stores().communities().hasOtherLocalFollower(h, c.id(), person.id())) {
      h.afterCommit(() -> cx.background().execute(() -> backfill(c)));
    }
  }

  private void backfill(Community c) {
    try {
      cx.remoteCommunities().fetchOutbox(c);
      cx.remoteCommunities().fetchFeatured(c);
    } catch (RuntimeException e) {
      LOG.log(Level.INFO, "could not backfill " + c.actorId(), e);
    }
  }
}
