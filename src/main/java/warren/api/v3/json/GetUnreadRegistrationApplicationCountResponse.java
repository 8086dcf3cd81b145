package warren.api.v3.json;

public record GetUnreadRegistrationApplicationCountResponse(long registrationApplications) {}
