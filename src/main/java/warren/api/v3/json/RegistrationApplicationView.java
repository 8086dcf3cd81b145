package warren.api.v3.json;

import java.time.Instant;
import warren.domain.accounts.RegistrationApplications;

/** lemmy-js-client {@code RegistrationApplicationView} with its {@code RegistrationApplication}. */
public record RegistrationApplicationView(Application registrationApplication, LocalUser creatorLocalUser,
    Person creator, Person admin) {

  public record Application(int id, int localUserId, String answer, Integer adminId, String denyReason,
      Instant published) {}

  public static RegistrationApplicationView of(RegistrationApplications.View v) {
    var a = v.application();
    return new RegistrationApplicationView(
        new Application(a.id(), a.localUserId(), a.answer(), a.adminId(), a.denyReason(), a.published()),
        LocalUser.of(v.creatorLocalUser()), Person.of(v.creator()), v.admin() == null ? null : Person.of(v.admin()));
  }
}
