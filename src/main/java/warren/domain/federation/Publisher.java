package warren.domain.federation;

import org.jdbi.v3.core.Handle;
import warren.store.person.Person;

/**
 * What local people do that other sites must hear of. Domain services call it inside their
 * write transaction, after the change, with that transaction's handle, so the activity is queued
 * with the change or not at all. The implementation decides whether anything goes out: nothing
 * does for a local-only community, nor for a community no other site follows.
 */
public interface Publisher {
  /** A local person follows (or asks to follow) a remote community, or stops following it. */
  void follow(Handle h, Person person, int communityId, boolean follow);

  void postCreated(Handle h, int postId);

  void postUpdated(Handle h, int postId);

  void commentCreated(Handle h, int commentId);

  void commentUpdated(Handle h, int commentId);

  /** The author deletes or restores ({@code removal} false), or a moderator removes or restores. */
  void postDeleted(Handle h, Person actor, int postId, boolean deleted, boolean removal, String reason);

  void commentDeleted(Handle h, Person actor, int commentId, boolean deleted, boolean removal, String reason);

  /** 1, -1, or 0 for a vote taken back. */
  void postVoted(Handle h, Person voter, int postId, int score);

  void commentVoted(Handle h, Person voter, int commentId, int score);

  void postLocked(Handle h, Person moderator, int postId, boolean locked);

  /** Pinned in its community (Add or Remove on the featured collection). */
  void postFeatured(Handle h, Person moderator, int postId, boolean featured);

  void moderatorChanged(Handle h, Person actor, int communityId, Person target, boolean added);

  void communityUpdated(Handle h, Person actor, int communityId);

  /** Deleted by its moderator, or removed by an admin ({@code removal}, with a reason); or undone. */
  void communityDeleted(Handle h, Person actor, int communityId, boolean deleted, boolean removal, String reason);

  /** A moderator bans a person from a community until {@code expires} (null: for good), or lifts the ban. */
  void bannedFromCommunity(Handle h, Person moderator, int communityId, Person target, boolean banned,
      boolean removeData, String reason, java.time.Instant expires);

  /** An admin bans a local person from this site, or lifts it (a Block with the site as target). */
  void bannedFromSite(Handle h, Person admin, Person target, boolean banned, boolean removeData, String reason,
      java.time.Instant expires);

  /** Nothing sent. */
  Publisher NONE = new Publisher() {
    public void follow(Handle h, Person p, int c, boolean f) {}
    public void postCreated(Handle h, int p) {}
    public void postUpdated(Handle h, int p) {}
    public void commentCreated(Handle h, int c) {}
    public void commentUpdated(Handle h, int c) {}
    public void postDeleted(Handle h, Person a, int p, boolean d, boolean r, String s) {}
    public void commentDeleted(Handle h, Person a, int c, boolean d, boolean r, String s) {}
    public void postVoted(Handle h, Person v, int p, int s) {}
    public void commentVoted(Handle h, Person v, int c, int s) {}
    public void postLocked(Handle h, Person m, int p, boolean l) {}
    public void postFeatured(Handle h, Person m, int p, boolean f) {}
    public void moderatorChanged(Handle h, Person a, int c, Person t, boolean added) {}
    public void communityUpdated(Handle h, Person a, int c) {}
    public void communityDeleted(Handle h, Person a, int c, boolean d, boolean r, String s) {}
    public void bannedFromSite(Handle h, Person a, Person t, boolean b, boolean r, String s, java.time.Instant e) {}
    public void bannedFromCommunity(Handle h, Person m, int c, Person t, boolean b, boolean r, String s,
        java.time.Instant e) {}
  };
}
