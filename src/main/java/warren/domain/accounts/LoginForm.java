package warren.domain.accounts;

/** Lemmy's Login. */
public record LoginForm(String usernameOrEmail, String password, String totp2faToken) {}
