package warren.domain.accounts;

/** Lemmy's Register. */
public record RegisterForm(
    String username,
    String password,
    String passwordVerify,
    Boolean showNsfw,
    String email,
    String captchaUuid,
    String captchaAnswer,
    String honeypot,
    String answer) {}
