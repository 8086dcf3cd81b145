package warren.api.v3.json;

public record RegistrationApplicationResponse(RegistrationApplicationView registrationApplication) {}
