package warren.federation.inbox;

import warren.domain.DomainException;
import warren.domain.ErrorType;
import warren.domain.accounts.SiteBans;
import warren.federation.objects.Addressing;
import warren.federation.objects.FederationPolicy;
import warren.federation.protocol.Activity;
import warren.store.community.Community;
import warren.store.person.Person;

/**
 * Block of a person in a community (a ban by one of its moderators, until {@code expires}, else
 * for good), and its Undo; and a site's ban of one of its own people ({@code target} the site).
 */
final class BlockHandler implements ActivityHandler {
  private final InboxServices s;

  BlockHandler(InboxServices s) {
    this.s = s;
  }

  @Override
  public Effect prepare(Activity block, Incoming in) {
    return prepare(block, in, true);
  }

  @Override
  public Effect prepareUndo(Activity block, Incoming in) {
    return prepare(block, in, false);
  }

  private Effect prepare(Activity block, Incoming in, boolean banned) {
    if (block.objectId() == null || block.target() == null || block.target().id() == null) {
      throw new DomainException(ErrorType.UNKNOWN, "Block needs an object and a target");
    }
    if (!Addressing.isPublic(block.to(), block.cc())) throw new DomainException(ErrorType.OBJECT_IS_NOT_PUBLIC);
    var known = s.remote().communities().known(block.target().id());
    if (known.isEmpty()) return siteBan(block, in, banned);
    Community c = known.get();
    in.inCommunity(c);
    Person moderator = Lookups.person(s, in.actorId());
    Person target = Lookups.person(s, block.objectId());
    var expires = block.banEnds().orElse(null);
    boolean removeData = Boolean.TRUE.equals(block.removeData());
    return h -> s.communities().banFromRemote(h, moderator, c, target, banned, removeData, expires);
  }

  /**
   * A site's ban of one of its own people, as Lemmy takes it: the site, the admin and the person
   * on one domain. Another site's ban of someone else's account changes nothing here.
   */
  private Effect siteBan(Activity block, Incoming in, boolean banned) {
    String site = block.target().id();
    if (!FederationPolicy.sameDomain(site, in.actorId()) || !FederationPolicy.sameDomain(block.objectId(), site)
        || !java.net.URI.create(site).getRawPath().matches("/?")) {
      return Effect.NONE;
    }
    Person target = Lookups.person(s, block.objectId());
    boolean removeData = Boolean.TRUE.equals(block.removeData());
    var expires = banned ? block.banEnds().orElse(null) : null;
    return h -> SiteBans.apply(s.stores(), h, target, banned, removeData, expires);
  }
}
