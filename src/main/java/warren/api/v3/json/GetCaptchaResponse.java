package warren.api.v3.json;

import warren.domain.accounts.Captchas;

/** lemmy-js-client {@code GetCaptchaResponse}: {@code ok} is absent when captchas are off. */
public record GetCaptchaResponse(Captchas.Captcha ok) {}
