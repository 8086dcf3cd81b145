package warren.domain.accounts;

import java.time.Instant;
import java.util.Optional;
import warren.domain.DomainException;
import warren.domain.ErrorType;
import warren.domain.Tx;
import warren.domain.site.LocalSiteView;
import warren.domain.site.SiteService;
import warren.store.Stores;
import warren.store.user.LocalUser;
import warren.support.crypto.Passwords;
import warren.support.crypto.Totp;

/** POST /user/login. An unknown name costs one bcrypt like a wrong password, so names cannot be probed. */
public final class Login {
  private final Tx tx;
  private final Stores stores;
  private final SiteService site;
  private final Passwords passwords;
  private final Sessions sessions;

  public Login(Tx tx, Stores stores, SiteService site, Passwords passwords, Sessions sessions) {
    this.tx = tx;
    this.stores = stores;
    this.site = site;
    this.passwords = passwords;
    this.sessions = sessions;
  }

  public LoginResult login(LoginForm form, RequestOrigin origin) {
    LocalSiteView sv = site.local();
    String name = form.usernameOrEmail() == null ? "" : form.usernameOrEmail().trim();
    String password = form.password() == null ? "" : form.password();
    Optional<LocalUserView> found = tx.read(h -> stores.localUsers().readByNameOrEmail(h, name)
        .flatMap(lu -> stores.persons().read(h, lu.personId())
            .map(p -> new LocalUserView(lu, p, stores.localUsers().readLanguages(h, lu.id())))));
    if (found.isEmpty()) {
      passwords.verifyNobody(password);
      throw new DomainException(ErrorType.INCORRECT_LOGIN);
    }
    LocalUserView user = found.get();
    if (!passwords.verify(password, user.localUser().passwordEncrypted())) {
      throw new DomainException(ErrorType.INCORRECT_LOGIN);
    }
    if (user.person().banned()) throw new DomainException(ErrorType.SITE_BAN);
    if (user.person().deleted()) throw new DomainException(ErrorType.DELETED);
    if (sv.localSite().requireEmailVerification() && !user.localUser().emailVerified()) {
      throw new DomainException(ErrorType.EMAIL_NOT_VERIFIED);
    }
    checkApplication(sv, user.localUser());
    if (user.localUser().totp2faEnabled()) checkTotp(user.localUser(), form.totp2faToken());
    return LoginResult.signedIn(sessions.issue(user.localUser().id(), origin));
  }

  private void checkApplication(LocalSiteView sv, LocalUser lu) {
    String mode = sv.localSite().registrationMode();
    if (mode.equals("Open") || lu.acceptedApplication() || lu.admin()) return;
    var application = tx.read(h -> stores.registrationApplications().readByLocalUser(h, lu.id()))
        .orElseThrow(() -> new DomainException(ErrorType.COULDNT_FIND_REGISTRATION_APPLICATION));
    if (application.adminId() != null) {
      throw new DomainException(ErrorType.REGISTRATION_DENIED, application.denyReason());
    }
    throw new DomainException(ErrorType.REGISTRATION_APPLICATION_IS_PENDING);
  }

  static void checkTotp(LocalUser lu, String token) {
    if (token == null || token.isBlank()) throw new DomainException(ErrorType.MISSING_TOTP_TOKEN);
    if (lu.totp2faSecret() == null) throw new DomainException(ErrorType.MISSING_TOTP_SECRET);
    if (!Totp.verify(lu.totp2faSecret(), token, Instant.now())) throw new DomainException(ErrorType.INCORRECT_TOTP_TOKEN);
  }
}
