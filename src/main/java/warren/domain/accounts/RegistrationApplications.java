package warren.domain.accounts;

import java.util.List;
import warren.domain.DomainException;
import warren.domain.ErrorType;
import warren.domain.Paging;
import warren.domain.Tx;
import warren.domain.site.SiteService;
import warren.store.ColumnChanges;
import warren.store.Stores;
import warren.store.person.Person;
import warren.store.user.LocalUser;
import warren.store.user.RegistrationApplication;

/** Admins review applications when the site's registration mode is RequireApplication. */
public final class RegistrationApplications {
  private final Tx tx;
  private final Stores stores;
  private final AccountMail mail;

  public RegistrationApplications(Tx tx, Stores stores, AccountMail mail) {
    this.tx = tx;
    this.stores = stores;
    this.mail = mail;
  }

  /** An application with the account behind it and the admin who decided, if any. */
  public record View(RegistrationApplication application, LocalUser creatorLocalUser, Person creator, Person admin) {}

  public List<View> list(LocalUserView admin, boolean unreadOnly, int page, int limit) {
    SiteService.requireAdmin(admin);
    return tx.read(h -> stores.registrationApplications().list(h, unreadOnly, limit, new Paging(page, limit).offset())
        .stream().map(a -> view(h, a)).toList());
  }

  public long countUnread(LocalUserView admin) {
    SiteService.requireAdmin(admin);
    return tx.read(h -> stores.registrationApplications().countUnread(h));
  }

  /** PUT /admin/registration_application/approve. */
  public View decide(LocalUserView admin, int id, boolean approve, String denyReason) {
    SiteService.requireAdmin(admin);
    View decided = tx.write(h -> {
      var app = stores.registrationApplications().read(h, id)
          .orElseThrow(() -> new DomainException(ErrorType.COULDNT_FIND_REGISTRATION_APPLICATION));
      stores.registrationApplications().decide(h, id, admin.person().id(), approve ? null : denyReason);
      stores.localUsers().update(h, app.localUserId(), new ColumnChanges().set("accepted_application", approve));
      return view(h, stores.registrationApplications().read(h, id).orElseThrow());
    });
    String email = decided.creatorLocalUser().email();
    if (email != null) {
      if (approve) mail.sendApplicationApproved(decided.creator().name(), email);
      else mail.sendApplicationDenied(decided.creator().name(), email, denyReason);
    }
    return decided;
  }

  private View view(org.jdbi.v3.core.Handle h, RegistrationApplication a) {
    LocalUser lu = stores.localUsers().read(h, a.localUserId()).orElseThrow();
    Person creator = stores.persons().read(h, lu.personId()).orElseThrow();
    Person decidedBy = a.adminId() == null ? null : stores.persons().read(h, a.adminId()).orElse(null);
    return new View(a, lu, creator, decidedBy);
  }
}
