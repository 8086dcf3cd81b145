package warren.federation.outgoing;

import java.util.List;
import org.jdbi.v3.core.Handle;
import warren.federation.protocol.Activities;
import warren.federation.protocol.Activity;
import warren.federation.protocol.ActivityType;
import warren.store.community.Community;
import warren.store.person.Person;
import warren.store.post.Post;

/**
 * Moderators' actions on a community's collections, posts and members: Lock and Undo{Lock}; Add and
 * Remove on the featured collection (pinning) and on the moderators collection, which also goes to
 * the person added or removed; Block and Undo{Block} (bans).
 */
final class ModerationSender {
  private final Context cx;

  ModerationSender(Context cx) {
    this.cx = cx;
  }

  void lock(Handle h, Person mod, Post p, Community c, boolean locked) {
    if (!Sender.federates(c)) return;
    String origin = cx.sender().origin();
    Activity lock = Activities.lock(Activities.newId(origin, ActivityType.Lock), mod.actorId(), p.apId(), c.actorId());
    Activity a = locked ? lock : Activities.undo(Activities.newId(origin, ActivityType.Undo), mod.actorId(), lock);
    cx.sender().inCommunity(h, a, mod, c, List.of());
  }

  void feature(Handle h, Person mod, Post p, Community c, boolean featured) {
    String url = c.featuredUrl() != null ? c.featuredUrl() : c.actorId() + "/featured";
    collection(h, mod, p.apId(), url, c, featured, List.of());
  }

  void moderator(Handle h, Person actor, Person target, Community c, boolean added) {
    String url = c.moderatorsUrl() != null ? c.moderatorsUrl() : c.actorId() + "/moderators";
    collection(h, actor, target.actorId(), url, c, added,
        target.local() ? List.of() : List.of(Sender.recipient(target)));
  }

  /**
   * A ban from the community (Block, or its Undo), to the community's audience as any moderator
   * action, and to the person banned when they are of another site. A remote community's home
   * takes it only from one of its moderators: an admin's ban here stays here.
   */
  void ban(Handle h, Person mod, Person target, Community c, boolean banned, boolean removeData, String reason,
      java.time.Instant expires) {
    if (!Sender.federates(c)) return;
    String origin = cx.sender().origin();
    Activity block = Activities.block(Activities.newId(origin, ActivityType.Block), mod.actorId(), target.actorId(),
        c.actorId(), List.of(c.actorId()), c.actorId(), reason, removeData, expires);
    Activity a = banned ? block : Activities.undo(Activities.newId(origin, ActivityType.Undo), mod.actorId(), block);
    cx.sender().inCommunity(h, a, mod, c, target.local() ? List.of() : List.of(Sender.recipient(target)));
  }

  /** A site ban of a local person (Block with the site as target, or its Undo), to every site known here. */
  void siteBan(Handle h, Person admin, Person target, boolean banned, boolean removeData, String reason,
      java.time.Instant expires) {
    String origin = cx.sender().origin();
    String site = origin + "/";
    Activity block = Activities.block(Activities.newId(origin, ActivityType.Block), admin.actorId(), target.actorId(),
        site, List.of(), null, reason, removeData, expires);
    Activity a = banned ? block : Activities.undo(Activities.newId(origin, ActivityType.Undo), admin.actorId(), block);
    cx.sender().send(h, a, admin.actorId(), target.actorId(), Sender.allSites(h), false);
  }

  private void collection(Handle h, Person actor, String objectId, String url, Community c, boolean add,
      List<warren.federation.outbox.Recipient> extra) {
    if (!Sender.federates(c)) return;
    ActivityType type = add ? ActivityType.Add : ActivityType.Remove;
    Activity a = Activities.collection(Activities.newId(cx.sender().origin(), type), type, actor.actorId(), objectId,
        url, c.actorId());
    cx.sender().inCommunity(h, a, actor, c, extra);
  }
}
