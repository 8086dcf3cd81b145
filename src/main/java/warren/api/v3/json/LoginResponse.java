package warren.api.v3.json;

import warren.domain.accounts.LoginResult;

/** lemmy-js-client {@code LoginResponse}. */
public record LoginResponse(String jwt, boolean registrationCreated, boolean verifyEmailSent) {
  public static LoginResponse of(LoginResult r) {
    return new LoginResponse(r.jwt(), r.registrationCreated(), r.verifyEmailSent());
  }
}
