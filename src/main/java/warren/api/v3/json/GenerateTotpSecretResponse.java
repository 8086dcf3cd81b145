package warren.api.v3.json;

/** lemmy-js-client {@code GenerateTotpSecretResponse}. */
public record GenerateTotpSecretResponse(String totpSecretUrl) {}
