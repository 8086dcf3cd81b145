package warren.federation.outgoing;

import org.jdbi.v3.core.Handle;
import warren.domain.federation.Publisher;
import warren.federation.protocol.ActivityType;
import warren.store.comment.Comment;
import warren.store.community.Community;
import warren.store.person.Person;
import warren.store.post.Post;

/** The domain's {@link Publisher}, handing each action to the sender of its activity kind. */
final class OutgoingPublisher implements Publisher {
  private final Context cx;
  private final FollowSender follows;
  private final ContentSender content;
  private final DeletionSender deletions;
  private final VoteSender votes;
  private final ModerationSender moderation;
  private final GroupSender groups;

  OutgoingPublisher(Context cx) {
    this.cx = cx;
    this.follows = new FollowSender(cx);
    this.content = new ContentSender(cx);
    this.deletions = new DeletionSender(cx);
    this.votes = new VoteSender(cx);
    this.moderation = new ModerationSender(cx);
    this.groups = new GroupSender(cx);
  }

  @Override
  public void follow(Handle h, Person person, int communityId, boolean follow) {
    follows.send(h, person, cx.community(h, communityId), follow);
  }

  @Override
  public void postCreated(Handle h, int postId) {
    content.post(h, postId, ActivityType.Create);
  }

  @Override
  public void postUpdated(Handle h, int postId) {
    content.post(h, postId, ActivityType.Update);
  }

  @Override
  public void commentCreated(Handle h, int commentId) {
    content.comment(h, commentId, ActivityType.Create);
  }

  @Override
  public void commentUpdated(Handle h, int commentId) {
    content.comment(h, commentId, ActivityType.Update);
  }

  @Override
  public void postDeleted(Handle h, Person actor, int postId, boolean deleted, boolean removal, String reason) {
    Post p = cx.post(h, postId);
    deletions.send(h, actor, p.apId(), cx.community(h, p.communityId()), deleted, removal, reason);
  }

  @Override
  public void commentDeleted(Handle h, Person actor, int commentId, boolean deleted, boolean removal, String reason) {
    Comment c = cx.comment(h, commentId);
    Post p = cx.post(h, c.postId());
    deletions.send(h, actor, c.apId(), cx.community(h, p.communityId()), deleted, removal, reason);
  }

  @Override
  public void postVoted(Handle h, Person voter, int postId, int score) {
    Post p = cx.post(h, postId);
    votes.send(h, voter, p.apId(), cx.community(h, p.communityId()), score);
  }

  @Override
  public void commentVoted(Handle h, Person voter, int commentId, int score) {
    Comment c = cx.comment(h, commentId);
    Post p = cx.post(h, c.postId());
    votes.send(h, voter, c.apId(), cx.community(h, p.communityId()), score);
  }

  @Override
  public void postLocked(Handle h, Person moderator, int postId, boolean locked) {
    Post p = cx.post(h, postId);
    moderation.lock(h, moderator, p, cx.community(h, p.communityId()), locked);
  }

  @Override
  public void postFeatured(Handle h, Person moderator, int postId, boolean featured) {
    Post p = cx.post(h, postId);
    moderation.feature(h, moderator, p, cx.community(h, p.communityId()), featured);
  }

  @Override
  public void moderatorChanged(Handle h, Person actor, int communityId, Person target, boolean added) {
    moderation.moderator(h, actor, target, cx.community(h, communityId), added);
  }

  @Override
  public void communityUpdated(Handle h, Person actor, int communityId) {
    groups.update(h, actor, cx.community(h, communityId));
  }

  @Override
  public void bannedFromCommunity(Handle h, Person moderator, int communityId, Person target, boolean banned,
      boolean removeData, String reason, java.time.Instant expires) {
    moderation.ban(h, moderator, target, cx.community(h, communityId), banned, removeData, reason, expires);
  }

  @Override
  public void bannedFromSite(Handle h, Person admin, Person target, boolean banned, boolean removeData, String reason,
      java.time.Instant expires) {
    moderation.siteBan(h, admin, target, banned, removeData, reason, expires);
  }

  @Override
  public void communityDeleted(Handle h, Person actor, int communityId, boolean deleted, boolean removal,
      String reason) {
    Community c = cx.community(h, communityId);
    deletions.send(h, actor, c.actorId(), c, deleted, removal, reason);
  }
}
