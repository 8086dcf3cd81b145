package warren.api.v3;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.List;
import warren.api.v3.json.GenerateTotpSecretResponse;
import warren.api.v3.json.GetCaptchaResponse;
import warren.api.v3.json.GetPersonDetailsResponse;
import warren.api.v3.json.LoginResponse;
import warren.api.v3.json.LoginToken;
import warren.api.v3.json.PersonView;
import warren.api.v3.json.Site;
import warren.api.v3.json.SuccessResponse;
import warren.api.v3.json.UpdateTotpResponse;
import warren.domain.DomainException;
import warren.domain.ErrorType;
import warren.domain.accounts.AccountDeletion;
import warren.domain.accounts.AccountSettings;
import warren.domain.accounts.Captchas;
import warren.domain.accounts.EmailVerification;
import warren.domain.accounts.Login;
import warren.domain.accounts.MyUser;
import warren.domain.accounts.LoginForm;
import warren.domain.accounts.LoginResult;
import warren.domain.accounts.PasswordChanges;
import warren.domain.accounts.PersonDetails;
import warren.domain.accounts.RegisterForm;
import warren.domain.accounts.Registration;
import warren.domain.accounts.Sessions;
import warren.domain.accounts.TwoFactor;
import warren.domain.accounts.UserSettingsForm;
import warren.http.Api;
import warren.http.Auth;

/** The /api/v3/user endpoints of accounts: sign-up, sign-in, settings, passwords and 2FA. */
public final class UserApi implements HttpService {
  /** Services the user endpoints call, grouped to keep the constructor readable. */
  public record Services(Registration registration, Login login, Sessions sessions, AccountSettings settings,
      PasswordChanges passwords, AccountDeletion deletion, EmailVerification emailVerification,
      TwoFactor twoFactor, Captchas captchas, PersonDetails personDetails, MyUser myUser) {}

  private final Services s;
  private final Auth auth;

  public UserApi(Services services, Auth auth) {
    this.s = services;
    this.auth = auth;
  }

  record ChangePasswordForm(String newPassword, String newPasswordVerify, String oldPassword) {}

  record DeleteAccountForm(String password, Boolean deleteContent) {}

  record PasswordResetForm(String email) {}

  record PasswordChangeAfterResetForm(String token, String password, String passwordVerify) {}

  record VerifyEmailForm(String token) {}

  record UpdateTotpForm(String totpToken, Boolean enabled) {}

  record GetPersonDetailsForm(Integer personId, String username, String sort, Integer page, Integer limit,
      Integer communityId, Boolean savedOnly) {}

  @Override
  public void routing(HttpRules rules) {
    rules.post("/user/register", this::register)
        .post("/user/login", this::login)
        .post("/user/logout", this::logout)
        .get("/user/validate_auth", this::validateAuth)
        .put("/user/save_user_settings", this::saveSettings)
        .put("/user/change_password", this::changePassword)
        .post("/user/delete_account", this::deleteAccount)
        .get("/user/get_captcha", this::captcha)
        .post("/user/password_reset", this::passwordReset)
        .post("/user/password_change", this::passwordChange)
        .post("/user/verify_email", this::verifyEmail)
        .get("/user/list_logins", this::listLogins)
        .post("/user/totp/generate", this::totpGenerate)
        .post("/user/totp/update", this::totpUpdate)
        .get("/user", this::personDetails)
        .post("/user/block", this::blockPerson);
  }

  private void register(ServerRequest req, ServerResponse res) {
    RegisterForm f = Api.body(req, RegisterForm.class);
    Api.required(f.username(), "username");
    Api.required(f.password(), "password");
    Api.required(f.passwordVerify(), "password_verify");
    Api.json(res, LoginResponse.of(s.registration().register(f, Api.origin(req))));
  }

  private void login(ServerRequest req, ServerResponse res) {
    LoginForm f = Api.body(req, LoginForm.class);
    Api.required(f.usernameOrEmail(), "username_or_email");
    Api.required(f.password(), "password");
    Api.json(res, LoginResponse.of(s.login().login(f, Api.origin(req))));
  }

  private void logout(ServerRequest req, ServerResponse res) {
    auth.requireUser(req);
    String token = Auth.token(req).orElseThrow(() -> new DomainException(ErrorType.NOT_LOGGED_IN));
    s.sessions().revoke(token);
    res.header(HeaderNames.SET_COOKIE, "jwt=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax");
    Api.json(res, SuccessResponse.OK);
  }

  private void validateAuth(ServerRequest req, ServerResponse res) {
    if (Auth.token(req).isEmpty() || auth.user(req).isEmpty()) throw new DomainException(ErrorType.NOT_LOGGED_IN);
    Api.json(res, SuccessResponse.OK);
  }

  private void saveSettings(ServerRequest req, ServerResponse res) {
    var user = auth.requireUser(req);
    s.settings().save(user, Api.body(req, UserSettingsForm.class));
    Api.json(res, SuccessResponse.OK);
  }

  private void changePassword(ServerRequest req, ServerResponse res) {
    var user = auth.requireUser(req);
    var f = Api.body(req, ChangePasswordForm.class);
    String jwt = s.passwords().change(user, Api.required(f.newPassword(), "new_password"),
        Api.required(f.newPasswordVerify(), "new_password_verify"), Api.required(f.oldPassword(), "old_password"),
        Api.origin(req));
    Api.json(res, LoginResponse.of(LoginResult.signedIn(jwt)));
  }

  private void deleteAccount(ServerRequest req, ServerResponse res) {
    var user = auth.requireUser(req);
    var f = Api.body(req, DeleteAccountForm.class);
    s.deletion().delete(user, Api.required(f.password(), "password"), Boolean.TRUE.equals(f.deleteContent()));
    Api.json(res, SuccessResponse.OK);
  }

  private void captcha(ServerRequest req, ServerResponse res) {
    Api.json(res, new GetCaptchaResponse(s.captchas().create().orElse(null)));
  }

  private void passwordReset(ServerRequest req, ServerResponse res) {
    var f = Api.body(req, PasswordResetForm.class);
    s.passwords().requestReset(Api.required(f.email(), "email"));
    Api.json(res, SuccessResponse.OK);
  }

  private void passwordChange(ServerRequest req, ServerResponse res) {
    var f = Api.body(req, PasswordChangeAfterResetForm.class);
    s.passwords().completeReset(Api.required(f.token(), "token"), Api.required(f.password(), "password"),
        Api.required(f.passwordVerify(), "password_verify"));
    Api.json(res, SuccessResponse.OK);
  }

  private void verifyEmail(ServerRequest req, ServerResponse res) {
    var f = Api.body(req, VerifyEmailForm.class);
    s.emailVerification().verify(Api.required(f.token(), "token"));
    Api.json(res, SuccessResponse.OK);
  }

  private void listLogins(ServerRequest req, ServerResponse res) {
    var user = auth.requireUser(req);
    Api.json(res, s.sessions().list(user).stream().map(LoginToken::of).toList());
  }

  private void totpGenerate(ServerRequest req, ServerResponse res) {
    var user = auth.requireUser(req);
    Api.json(res, new GenerateTotpSecretResponse(s.twoFactor().generate(user)));
  }

  private void totpUpdate(ServerRequest req, ServerResponse res) {
    var user = auth.requireUser(req);
    var f = Api.body(req, UpdateTotpForm.class);
    boolean enabled = s.twoFactor().update(user, Api.required(f.totpToken(), "totp_token"),
        Api.required(f.enabled(), "enabled"));
    Api.json(res, new UpdateTotpResponse(enabled));
  }

  record BlockPersonForm(Integer personId, Boolean block) {}

  record BlockPersonResponse(PersonView personView, boolean blocked) {}

  private void blockPerson(ServerRequest req, ServerResponse res) {
    var user = auth.requireUser(req);
    var f = Api.body(req, BlockPersonForm.class);
    boolean block = Api.required(f.block(), "block");
    var target = s.myUser().blockPerson(user, Api.required(f.personId(), "person_id"), block);
    var d = s.personDetails().find(target.id(), null);
    Api.json(res, new BlockPersonResponse(PersonView.of(d.person(), d.isAdmin()), block));
  }

  private void personDetails(ServerRequest req, ServerResponse res) {
    var f = Api.query(req, GetPersonDetailsForm.class);
    if (f.limit() != null && (f.limit() < 1 || f.limit() > 50)) Api.required(null, "limit from 1 to 50");
    var p = s.personDetails().profile(auth.user(req), new PersonDetails.Query(f.personId(), f.username(), f.sort(),
        f.page(), f.limit(), f.communityId(), f.savedOnly()));
    var person = p.details().person();
    Api.json(res, new GetPersonDetailsResponse(PersonView.of(person, p.details().isAdmin()), null,
        p.comments().stream().map(warren.api.v3.json.CommentView::of).toList(),
        p.posts().stream().map(warren.api.v3.json.PostView::of).toList(),
        p.moderates().stream().map(c -> warren.api.v3.json.CommunityModeratorView.of(c, person)).toList()));
  }

}
