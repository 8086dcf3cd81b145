package warren.domain.accounts;

import java.util.List;
import warren.domain.DomainException;
import warren.domain.ErrorType;
import warren.domain.Tx;
import warren.domain.site.SiteService;
import warren.store.Stores;
import warren.store.person.Person;

/** POST /admin/add: admins make and unmake admins among local accounts. */
public final class Admins {
  private final Tx tx;
  private final Stores stores;

  private final SiteBans bans;

  public Admins(Tx tx, Stores stores, warren.domain.federation.Publisher publisher) {
    this.tx = tx;
    this.stores = stores;
    this.bans = new SiteBans(tx, stores, publisher);
  }

  /** POST /user/ban. */
  public SiteBans bans() {
    return bans;
  }

  public List<Person> set(LocalUserView admin, int personId, boolean added) {
    SiteService.requireAdmin(admin);
    return tx.write(h -> {
      var target = stores.localUsers().readByPerson(h, personId)
          .orElseThrow(() -> new DomainException(ErrorType.COULDNT_FIND_LOCAL_USER));
      if (!added && stores.persons().listAdmins(h).size() == 1 && target.admin()) {
        throw new DomainException(ErrorType.CANNOT_LEAVE_ADMIN);
      }
      stores.localUsers().setAdmin(h, personId, added);
      return stores.persons().listAdmins(h);
    });
  }

  public List<Person> list() {
    return tx.read(h -> stores.persons().listAdmins(h));
  }
}
