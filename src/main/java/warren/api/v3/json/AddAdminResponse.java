package warren.api.v3.json;

import java.util.List;

public record AddAdminResponse(List<PersonView> admins) {}
