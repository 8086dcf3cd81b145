package warren.domain.accounts;

import java.time.Instant;
import warren.domain.DomainException;
import warren.domain.ErrorType;
import warren.domain.Tx;
import warren.domain.federation.Publisher;
import warren.domain.site.SiteService;
import warren.store.Stores;
import warren.store.person.Person;
import warren.support.text.Validation;

/**
 * POST /user/ban: an admin bans a person from the site (until a time, or for good), or lifts it,
 * as Lemmy 0.19: a banned local account is signed out everywhere and acts as nobody; with
 * {@code remove_data} its posts and comments are removed (restored on unban). A local person's
 * ban goes to every site this one knows; a remote person is banned from each local community.
 */
public final class SiteBans {
  private final Tx tx;
  private final Stores stores;
  private final Publisher publisher;

  SiteBans(Tx tx, Stores stores, Publisher publisher) {
    this.tx = tx;
    this.stores = stores;
    this.publisher = publisher;
  }

  public record Ban(int personId, boolean banned, boolean removeData, String reason, Long expiresUnixSeconds) {}

  public Person ban(LocalUserView admin, Ban b) {
    SiteService.requireAdmin(admin);
    Validation.maxLength(b.reason(), Validation.BODY_MAX, ErrorType.INVALID_BODY_FIELD);
    Instant expires = b.banned() ? expiry(b.expiresUnixSeconds()) : null;
    return tx.write(h -> {
      Person target = stores.persons().read(h, b.personId())
          .orElseThrow(() -> new DomainException(ErrorType.COULDNT_FIND_PERSON));
      if (stores.persons().listAdmins(h).stream().anyMatch(a -> a.id() == target.id())) {
        throw new DomainException(ErrorType.NOT_HIGHER_ADMIN);
      }
      apply(stores, h, target, b.banned(), b.removeData(), expires);
      if (target.local() && b.banned()) {
        stores.localUsers().readByPerson(h, target.id()).ifPresent(u -> stores.loginTokens().deleteAll(h, u.id()));
      }
      if (target.local()) {
        publisher.bannedFromSite(h, admin.person(), target, b.banned(), b.removeData(), b.reason(), expires);
      } else {
        // As Lemmy: a site bans someone else's account from each of its own communities, which
        // the sites following them hear of (and remove the content there, with remove_data).
        for (int community : stores.communities().localIds(h)) {
          stores.communities().setBanned(h, target.id(), community, b.banned(), expires);
          if (b.banned()) stores.communities().unfollow(h, target.id(), community);
          publisher.bannedFromCommunity(h, admin.person(), community, target, b.banned(), b.removeData(), b.reason(),
              expires);
        }
      }
      return stores.persons().read(h, target.id()).orElseThrow();
    });
  }

  /** The ban itself, for this site's admins and for a person's home site telling us (a received Block). */
  public static void apply(Stores stores, org.jdbi.v3.core.Handle h, Person target, boolean banned, boolean removeData, Instant expires) {
    stores.persons().setBanned(h, target.id(), banned, banned ? expires : null);
    if (removeData) stores.persons().setContentRemoved(h, target.id(), null, banned);
  }

  /** Lemmy's expiry check: in seconds since the epoch, and in the future. */
  public static Instant expiry(Long unixSeconds) {
    if (unixSeconds == null) return null;
    Instant at = Instant.ofEpochSecond(unixSeconds);
    if (!at.isAfter(Instant.now())) throw new DomainException(ErrorType.INVALID_UNIX_TIME);
    return at;
  }
}
