package warren.api.v3.json;

/** lemmy-js-client {@code UpdateTotpResponse}. */
public record UpdateTotpResponse(boolean enabled) {}
