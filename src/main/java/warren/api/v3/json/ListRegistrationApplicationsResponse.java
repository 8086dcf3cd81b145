package warren.api.v3.json;

import java.util.List;

public record ListRegistrationApplicationsResponse(List<RegistrationApplicationView> registrationApplications) {}
