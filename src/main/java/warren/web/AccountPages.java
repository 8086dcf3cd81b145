package warren.web;

import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import warren.domain.DomainException;
import warren.domain.ErrorType;
import warren.domain.accounts.Captchas;
import warren.domain.accounts.Login;
import warren.domain.accounts.LoginForm;
import warren.domain.accounts.RegisterForm;
import warren.domain.accounts.Registration;
import warren.domain.accounts.Sessions;
import warren.domain.site.SiteService;
import warren.http.Api;

/** Logging in and out, and signing up: the login token goes into the {@code jwt} cookie. */
public final class AccountPages {
  private final Pages pages;
  private final SiteService sites;
  private final Login login;
  private final Registration registration;
  private final Captchas captchas;
  private final Sessions sessions;

  AccountPages(Pages pages, SiteService sites, Login login, Registration registration, Captchas captchas,
      Sessions sessions) {
    this.pages = pages;
    this.sites = sites;
    this.login = login;
    this.registration = registration;
    this.captchas = captchas;
    this.sessions = sessions;
  }

  /** The login form, with what was typed (never the password) and why it failed. */
  public record LoginPage(String name, String next, String error, boolean askTotp) {}

  /** The signup form; {@code done} replaces it once an account waits for approval or an email. */
  public record SignupPage(RegisterForm values, String question, Captchas.Captcha captcha, boolean emailRequired,
      boolean closed, String error, String done) {}

  void routes(HttpRules rules) {
    rules.get("/login", pages.page(this::loginForm))
        .post("/login", pages.action(this::logIn))
        .get("/signup", pages.page(this::signupForm))
        .post("/signup", pages.action(this::signUp))
        .post("/logout", pages.action(this::logOut));
  }

  private void loginForm(ServerRequest req, ServerResponse res) {
    String next = Pages.localPath(req.query().first("next").orElse("/"), "/");
    showLogin(req, res, Status.OK_200, new LoginPage("", next, null, false));
  }

  private void showLogin(ServerRequest req, ServerResponse res, Status status, LoginPage page) {
    pages.render(res, status, "page/login.jte", Pages.params(pages.chrome(req, res, true), "page", page));
  }

  private void logIn(ServerRequest req, ServerResponse res, Form form) {
    String name = form.trimmed("username_or_email");
    String next = Pages.localPath(form.text("next"), "/");
    try {
      var result = login.login(new LoginForm(name, form.text("password"), form.trimmed("totp_2fa_token")),
          Api.origin(req));
      pages.session().signIn(res, result.jwt());
      Pages.redirect(res, next);
    } catch (DomainException e) {
      boolean totp = e.type() == ErrorType.MISSING_TOTP_TOKEN || e.type() == ErrorType.INCORRECT_TOTP_TOKEN;
      String message = switch (e.type()) {
        case INCORRECT_LOGIN -> "That name or password is not right.";
        case MISSING_TOTP_TOKEN -> "Enter the code from your authenticator app.";
        case INCORRECT_TOTP_TOKEN -> "That code is not right.";
        case EMAIL_NOT_VERIFIED -> "Confirm your email address first: follow the link in the mail we sent.";
        case REGISTRATION_APPLICATION_IS_PENDING -> "Your application is waiting for an admin.";
        default -> Pages.describe(e);
      };
      showLogin(req, res, Status.BAD_REQUEST_400, new LoginPage(name == null ? "" : name, next, message, totp));
    }
  }

  private void signupForm(ServerRequest req, ServerResponse res) {
    showSignup(req, res, Status.OK_200, new RegisterForm("", null, null, false, "", null, null, null, ""), null, null);
  }

  private void showSignup(ServerRequest req, ServerResponse res, Status status, RegisterForm values, String error,
      String done) {
    var ls = sites.local().localSite();
    String question = "RequireApplication".equals(ls.registrationMode()) ? ls.applicationQuestion() : null;
    if (question == null && "RequireApplication".equals(ls.registrationMode())) question = "Why do you want to join?";
    var captcha = done == null ? captchas.create().orElse(null) : null;
    var page = new SignupPage(values, question, captcha, ls.requireEmailVerification(),
        "Closed".equals(ls.registrationMode()), error, done);
    pages.render(res, status, "page/signup.jte", Pages.params(pages.chrome(req, res, true), "page", page));
  }

  private void signUp(ServerRequest req, ServerResponse res, Form form) {
    var values = new RegisterForm(form.trimmed("username"), form.text("password"), form.text("password_verify"),
        form.checked("show_nsfw"), form.trimmed("email"), form.trimmed("captcha_uuid"), form.trimmed("captcha_answer"),
        form.text("honeypot"), form.trimmed("answer"));
    try {
      if (values.username() == null) throw new DomainException(ErrorType.INVALID_BODY, "choose a user name");
      if (values.password() == null || values.passwordVerify() == null) {
        throw new DomainException(ErrorType.INVALID_BODY, "choose a password");
      }
      var result = registration.register(values, Api.origin(req));
      if (result.jwt() != null) {
        pages.session().signIn(res, result.jwt());
        Pages.redirect(res, "/");
        return;
      }
      String done = result.registrationCreated()
          ? "Thank you. An admin will read your application; you can log in once it is accepted."
          : "Thank you. We sent you an email: follow its link to confirm your address, then log in.";
      showSignup(req, res, Status.OK_200, values, null, done);
    } catch (DomainException e) {
      var kept = new RegisterForm(values.username(), null, null, values.showNsfw(), values.email(), null, null, null,
          values.answer());
      showSignup(req, res, Status.BAD_REQUEST_400, kept, Pages.describe(e), null);
    }
  }

  private void logOut(ServerRequest req, ServerResponse res, Form form) {
    WebSession.cookie(req, WebSession.LOGIN_COOKIE).ifPresent(sessions::revoke);
    pages.session().signOut(res);
    Pages.redirect(res, "/");
  }
}
