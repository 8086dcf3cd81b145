package warren.domain.communities;

import java.time.Instant;
import java.util.List;
import warren.domain.DomainException;
import warren.domain.ErrorType;
import warren.domain.Tx;
import warren.domain.accounts.LocalUserView;
import warren.domain.federation.Publisher;
import warren.store.Stores;
import warren.store.person.Person;
import warren.support.text.Validation;

/**
 * POST /community/ban_user: a moderator or admin bans a person from a community (until a time, or
 * for good), or lifts the ban, as Lemmy 0.19 does: the person stops following, their posts and
 * comments there may be removed with it, and the ban goes to the community's audience.
 */
public final class CommunityBans {
  private final Tx tx;
  private final Stores stores;
  private final CommunityPermissions permissions;
  private final Publisher publisher;

  CommunityBans(Tx tx, Stores stores, CommunityPermissions permissions, Publisher publisher) {
    this.tx = tx;
    this.stores = stores;
    this.permissions = permissions;
    this.publisher = publisher;
  }

  public record Ban(int communityId, int personId, boolean banned, boolean removeData, String reason,
      Long expiresUnixSeconds) {}

  /** The person banned, and whether they are an admin (for the PersonView Lemmy answers with). */
  public record Banned(Person person, boolean admin) {}

  public Banned ban(LocalUserView moderator, Ban b) {
    Instant expires = warren.domain.accounts.SiteBans.expiry(b.expiresUnixSeconds());
    Validation.maxLength(b.reason(), Validation.BODY_MAX, ErrorType.INVALID_BODY_FIELD);
    return tx.write(h -> {
      permissions.requireModOrAdmin(h, moderator, b.communityId(), false);
      Person target = stores.persons().read(h, b.personId())
          .orElseThrow(() -> new DomainException(ErrorType.COULDNT_FIND_PERSON));
      List<Person> admins = stores.persons().listAdmins(h);
      boolean targetAdmin = admins.stream().anyMatch(a -> a.id() == target.id());
      requireHigher(h, moderator, target, targetAdmin, b.communityId());
      stores.communities().setBanned(h, target.id(), b.communityId(), b.banned(), b.banned() ? expires : null);
      if (b.banned()) stores.communities().unfollow(h, target.id(), b.communityId());
      if (b.removeData()) stores.persons().setContentRemoved(h, target.id(), b.communityId(), b.banned());
      publisher.bannedFromCommunity(h, moderator.person(), b.communityId(), target, b.banned(), b.removeData(),
          b.reason(), b.banned() ? expires : null);
      return new Banned(target, targetAdmin);
    });
  }

  /** Admins outrank moderators; among moderators, whoever was added first outranks the later ones. */
  private void requireHigher(org.jdbi.v3.core.Handle h, LocalUserView actor, Person target, boolean targetAdmin,
      int communityId) {
    if (targetAdmin && !actor.isAdmin()) throw new DomainException(ErrorType.NOT_HIGHER_ADMIN);
    if (actor.isAdmin() || actor.person().id() == target.id()) return;
    List<Person> mods = stores.communities().moderators(h, communityId);
    int actorRank = rank(mods, actor.person().id());
    int targetRank = rank(mods, target.id());
    if (targetRank >= 0 && targetRank < actorRank) throw new DomainException(ErrorType.NOT_HIGHER_MOD);
  }

  private static int rank(List<Person> mods, int personId) {
    for (int i = 0; i < mods.size(); i++) if (mods.get(i).id() == personId) return i;
    return -1;
  }

}
