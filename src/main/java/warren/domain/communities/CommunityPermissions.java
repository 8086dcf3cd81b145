package warren.domain.communities;

import org.jdbi.v3.core.Handle;
import warren.domain.DomainException;
import warren.domain.ErrorType;
import warren.domain.accounts.LocalUserView;
import warren.store.Stores;
import warren.store.community.Community;
import warren.store.person.Person;

/** Who may act in a community: the checks Lemmy applies before a moderator or user action. */
public final class CommunityPermissions {
  private final Stores stores;

  public CommunityPermissions(Stores stores) {
    this.stores = stores;
  }

  public Community require(Handle h, int communityId) {
    return stores.communities().read(h, communityId)
        .orElseThrow(() -> new DomainException(ErrorType.COULDNT_FIND_COMMUNITY));
  }

  public boolean isModOrAdmin(Handle h, LocalUserView user, int communityId) {
    return user.isAdmin() || stores.communities().isModerator(h, communityId, user.person().id());
  }

  /** A moderator or admin acting on the community; deleted communities only when {@code allowDeleted}. */
  public Community requireModOrAdmin(Handle h, LocalUserView user, int communityId, boolean allowDeleted) {
    Community c = require(h, communityId);
    if (!isModOrAdmin(h, user, communityId)) throw new DomainException(ErrorType.NOT_A_MOD_OR_ADMIN);
    if (!allowDeleted && (c.deleted() || c.removed())) throw new DomainException(ErrorType.DELETED);
    requireNotBanned(h, user, communityId);
    return c;
  }

  /** The first moderator, or an admin. */
  public void requireTopModOrAdmin(Handle h, LocalUserView user, int communityId) {
    if (user.isAdmin()) return;
    var mods = stores.communities().moderators(h, communityId);
    if (mods.isEmpty() || mods.getFirst().id() != user.person().id()) throw new DomainException(ErrorType.NOT_TOP_MOD);
  }

  /** A user acting in a community: not banned there, and the community still open. */
  public Community requireUserAction(Handle h, LocalUserView user, int communityId) {
    return requireUserAction(h, user.person(), communityId);
  }

  /**
   * The same for anyone, local or remote (a remote person's post, comment or vote arriving in
   * the inbox). A local-only community takes nothing from other sites.
   */
  public Community requireUserAction(Handle h, Person person, int communityId) {
    return requireUserAction(h, person, require(h, communityId));
  }

  /** The same with the community's row already in hand (an inbox activity read it to check its audience). */
  public Community requireUserAction(Handle h, Person person, Community c) {
    if (person.banned()) throw new DomainException(ErrorType.SITE_BAN);
    if (c.deleted() || c.removed()) {
      throw new DomainException(ErrorType.CANNOT_CREATE_POST_OR_COMMENT_IN_DELETED_OR_REMOVED_COMMUNITY);
    }
    if (!person.local() && !"Public".equals(c.visibility())) throw new DomainException(ErrorType.COULDNT_FIND_COMMUNITY);
    requireNotBanned(h, person, c.id());
    return c;
  }

  /**
   * Whether a remote person's moderator action in a community holds, as Lemmy decides it
   * ({@code verify_mod_action}): a listed moderator, or anyone on the community's own site, who
   * Lemmy presumes to be one of its admins. Never for a local-only community.
   */
  public boolean mayModerateFromRemote(Handle h, Person person, Community c) {
    if (!"Public".equals(c.visibility())) return false;
    if (stores.communities().isModerator(h, c.id(), person.id())) return true;
    return !c.local() && person.instanceId() == c.instanceId();
  }

  /** Throws {@code not_a_moderator} unless {@link #mayModerateFromRemote} holds. */
  public void requireRemoteModerator(Handle h, Person person, Community c) {
    if (person.banned() || stores.communities().isBanned(h, person.id(), c.id())
        || !mayModerateFromRemote(h, person, c)) {
      throw new DomainException(ErrorType.NOT_A_MODERATOR);
    }
  }

  private void requireNotBanned(Handle h, LocalUserView user, int communityId) {
    requireNotBanned(h, user.person(), communityId);
  }

  private void requireNotBanned(Handle h, Person person, int communityId) {
    if (stores.communities().isBanned(h, person.id(), communityId)) {
      throw new DomainException(ErrorType.BANNED_FROM_COMMUNITY);
    }
  }
}
