package warren.domain.accounts;

import warren.domain.DomainException;
import warren.domain.ErrorType;
import warren.domain.Tx;
import warren.store.Stores;
import warren.store.person.Person;

/** GET /user: a person by id, by local name, or by {@code name@host}. */
public final class PersonDetails {
  private final Tx tx;
  private final Stores stores;
  private final String localDomain;

  public PersonDetails(Tx tx, Stores stores, String localDomain) {
    this.tx = tx;
    this.stores = stores;
    this.localDomain = localDomain;
  }

  public record Details(Person person, boolean isAdmin) {}

  public Details find(Integer personId, String username) {
    if (personId == null && (username == null || username.isBlank())) throw new DomainException(ErrorType.NO_ID_GIVEN);
    return tx.read(h -> {
      Person p = (personId != null ? stores.persons().read(h, personId) : byName(h, username.trim()))
          .orElseThrow(() -> new DomainException(ErrorType.COULDNT_FIND_PERSON));
      boolean admin = p.local() && stores.localUsers().readByPerson(h, p.id()).map(lu -> lu.admin()).orElse(false);
      return new Details(p, admin);
    });
  }

  private java.util.Optional<Person> byName(org.jdbi.v3.core.Handle h, String name) {
    String n = name.startsWith("@") ? name.substring(1) : name;
    int at = n.indexOf('@');
    if (at < 0) return stores.persons().readLocalByName(h, n);
    String domain = n.substring(at + 1);
    int colon = domain.lastIndexOf(':');
    String bare = colon > 0 ? domain.substring(0, colon) : domain;
    return bare.equalsIgnoreCase(localDomain)
        ? stores.persons().readLocalByName(h, n.substring(0, at))
        : stores.persons().readByNameAndDomain(h, n.substring(0, at), bare);
  }
}
