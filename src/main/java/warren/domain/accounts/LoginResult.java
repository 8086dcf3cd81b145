package warren.domain.accounts;

/** Lemmy's LoginResponse: a token when the account may sign in now, else what it waits for. */
public record LoginResult(String jwt, boolean registrationCreated, boolean verifyEmailSent) {
  public static LoginResult signedIn(String jwt) {
    return new LoginResult(jwt, false, false);
  }
}
