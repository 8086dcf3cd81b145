package warren.federation.outgoing;

import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;
import warren.federation.outbox.Recipient;
import warren.federation.protocol.Activities;
import warren.federation.protocol.Activity;
import warren.federation.protocol.ActivityType;
import warren.federation.protocol.Note;
import warren.federation.protocol.Page;
import warren.federation.protocol.Tag;
import warren.store.comment.Comment;
import warren.store.community.Community;
import warren.store.person.Person;
import warren.store.post.Post;

/**
 * Create and Update of posts (Page) and comments (Note). A comment also goes straight to the
 * remote people it names in {@code cc} (the author replied to, mentions), as Lemmy sends it.
 */
final class ContentSender {
  private final Context cx;

  ContentSender(Context cx) {
    this.cx = cx;
  }

  void post(Handle h, int postId, ActivityType type) {
    Post p = cx.post(h, postId);
    if (!p.local()) return;
    Community c = cx.community(h, p.communityId());
    if (!Sender.federates(c)) return;
    Person creator = cx.person(h, p.creatorId());
    Page page = cx.objects().page(h, p, c);
    Activity a = Activities.createOrUpdate(Activities.newId(cx.sender().origin(), type), type, creator.actorId(), page);
    cx.sender().inCommunity(h, a, creator, c, List.of());
  }

  void comment(Handle h, int commentId, ActivityType type) {
    Comment cm = cx.comment(h, commentId);
    if (!cm.local()) return;
    Post p = cx.post(h, cm.postId());
    Community c = cx.community(h, p.communityId());
    if (!Sender.federates(c)) return;
    Person creator = cx.person(h, cm.creatorId());
    Note note = cx.objects().note(h, cm, p, c);
    Activity a = Activities.createOrUpdate(Activities.newId(cx.sender().origin(), type), type, creator.actorId(), note);
    List<Recipient> extra = new ArrayList<>();
    for (Tag t : note.tag()) {
      if (t.href() == null) continue;
      cx.stores().persons().readByActorId(h, t.href()).filter(x -> !x.local())
          .ifPresent(x -> extra.add(Sender.recipient(x)));
    }
    cx.sender().inCommunity(h, a, creator, c, extra);
  }
}
