package warren.domain.accounts;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import warren.domain.DomainException;
import warren.domain.ErrorType;
import warren.domain.Tx;
import warren.domain.site.LocalSiteView;
import warren.domain.site.SiteService;
import warren.store.Stores;
import warren.store.person.Person;
import warren.store.person.PersonStore;
import warren.store.site.Language;
import warren.store.user.LocalUser;
import warren.store.user.LocalUserStore;
import warren.support.crypto.Passwords;
import warren.support.crypto.RsaKeys;
import warren.support.text.SlurFilter;
import warren.support.text.Validation;

/** POST /user/register, following Lemmy's order of checks so clients see the same errors. */
public final class Registration {
  private final Tx tx;
  private final Stores stores;
  private final SiteService site;
  private final Passwords passwords;
  private final Sessions sessions;
  private final AccountMail mail;
  private final ActorUrls urls;

  public Registration(Tx tx, Stores stores, SiteService site, Passwords passwords, Sessions sessions,
      AccountMail mail, ActorUrls urls) {
    this.tx = tx;
    this.stores = stores;
    this.site = site;
    this.passwords = passwords;
    this.sessions = sessions;
    this.mail = mail;
    this.urls = urls;
  }

  public LoginResult register(RegisterForm form, RequestOrigin origin) {
    LocalSiteView sv = site.local();
    var ls = sv.localSite();
    boolean requireApplication = "RequireApplication".equals(ls.registrationMode());
    if ("Closed".equals(ls.registrationMode())) throw new DomainException(ErrorType.REGISTRATION_CLOSED);
    Validation.password(form.password());
    if (form.honeypot() != null && !form.honeypot().isEmpty()) throw new DomainException(ErrorType.HONEYPOT_FAILED);
    String email = blankToNull(form.email());
    if (ls.requireEmailVerification() && email == null) throw new DomainException(ErrorType.EMAIL_REQUIRED);
    if (ls.siteSetup() && requireApplication && blankToNull(form.answer()) == null) {
      throw new DomainException(ErrorType.REGISTRATION_APPLICATION_ANSWER_REQUIRED);
    }
    if (!form.password().equals(form.passwordVerify())) throw new DomainException(ErrorType.PASSWORDS_DO_NOT_MATCH);
    if (ls.siteSetup() && ls.captchaEnabled()) checkCaptcha(form);
    SlurFilter slurs = SlurFilter.of(ls.slurFilterRegex());
    slurs.check(form.username());
    slurs.check(form.answer());
    Validation.actorName(form.username(), ls.actorNameMaxLength());

    // Hashing and key generation are slow; do them before the transaction opens.
    String hash = passwords.hash(form.password());
    RsaKeys.PemPair keys = RsaKeys.generate();
    boolean showNsfw = form.showNsfw() != null ? form.showNsfw() : sv.site().contentWarning() != null;
    List<String> tags = languageTags(origin.acceptLanguages());

    record Created(LocalUser user, Person person) {}
    Created created = tx.write(h -> {
      if (email != null && stores.localUsers().emailTaken(h, email)) {
        throw new DomainException(ErrorType.EMAIL_ALREADY_EXISTS);
      }
      String actorId = urls.person(form.username());
      if (stores.persons().actorIdTaken(h, actorId)) throw new DomainException(ErrorType.USER_ALREADY_EXISTS);
      Person person = stores.persons().insertLocal(h, new PersonStore.NewLocalPerson(form.username(), actorId,
          urls.inbox(actorId), urls.sharedInbox(), keys.publicPem(), keys.privatePem(), sv.site().instanceId()));
      LocalUser user = stores.localUsers().insert(h, new LocalUserStore.NewLocalUser(person.id(), hash,
          email == null ? null : email.toLowerCase(Locale.ROOT), showNsfw, !requireApplication,
          ls.defaultPostListingType(), ls.defaultPostListingMode(),
          tags.isEmpty() ? "browser" : tags.getFirst(), !ls.siteSetup(), false));
      stores.localUsers().replaceLanguages(h, user.id(), discussionLanguages(h, sv, tags));
      if (ls.siteSetup() && requireApplication) {
        stores.registrationApplications().insert(h, user.id(), form.answer());
      }
      return new Created(user, person);
    });

    if (ls.applicationEmailAdmins() && !ls.requireEmailVerification()) {
      mail.notifyAdminsOfApplicant(tx.read(h -> adminContacts(h)), form.username());
    }
    // The very first account (site not yet set up) and open sites sign in at once.
    if (!ls.siteSetup() || (!requireApplication && !ls.requireEmailVerification())) {
      return LoginResult.signedIn(sessions.issue(created.user().id(), origin));
    }
    boolean verifySent = false;
    if (ls.requireEmailVerification()) {
      tx.run(h -> mail.sendVerification(h, created.user().id(), created.person().name(), created.user().email()));
      verifySent = true;
    }
    return new LoginResult(null, requireApplication, verifySent);
  }

  private void checkCaptcha(RegisterForm form) {
    UUID uuid;
    try {
      uuid = UUID.fromString(form.captchaUuid() == null ? "" : form.captchaUuid());
    } catch (IllegalArgumentException e) {
      throw new DomainException(ErrorType.CAPTCHA_INCORRECT);
    }
    String answer = form.captchaAnswer() == null ? "" : form.captchaAnswer();
    if (!tx.write(h -> stores.captchas().take(h, uuid, answer))) throw new DomainException(ErrorType.CAPTCHA_INCORRECT);
  }

  /**
   * The site's languages, plus the browser's when the site restricts them (otherwise a French
   * browser would hide every English post), plus "undetermined", which is always on.
   */
  private List<Integer> discussionLanguages(org.jdbi.v3.core.Handle h, LocalSiteView sv, List<String> tags) {
    List<Language> all = stores.languages().all(h);
    List<Integer> siteLangs = stores.sites().readSiteLanguages(h, sv.site().id());
    boolean siteRestricts = !siteLangs.isEmpty() && siteLangs.size() < all.size();
    Set<Integer> ids = new LinkedHashSet<>();
    if (!siteRestricts) {
      all.forEach(l -> ids.add(l.id()));
    } else {
      ids.addAll(siteLangs);
      for (String tag : tags) {
        all.stream().filter(l -> l.code().equals(tag)).findFirst().ifPresent(l -> ids.add(l.id()));
      }
    }
    ids.add(0);
    return ids.stream().sorted().toList();
  }

  /** Primary subtags of an Accept-Language header's entries, best first. */
  static List<String> languageTags(List<String> acceptLanguages) {
    return acceptLanguages.stream()
        .map(t -> t.split("-")[0].toLowerCase(Locale.ROOT))
        .filter(t -> !t.equals("*") && !t.isEmpty())
        .distinct().toList();
  }

  private List<AccountMail.AdminContact> adminContacts(org.jdbi.v3.core.Handle h) {
    return stores.persons().listAdmins(h).stream()
        .flatMap(p -> stores.localUsers().readByPerson(h, p.id()).stream()
            .filter(lu -> lu.email() != null).map(lu -> new AccountMail.AdminContact(p, lu.email())))
        .toList();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
