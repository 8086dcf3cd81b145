package warren.domain.accounts;

import java.util.List;
import org.jdbi.v3.core.Handle;
import warren.store.Stores;
import warren.store.person.Person;
import warren.support.crypto.Tokens;
import warren.support.mail.Mailer;

/** The mails an account receives: verification, password reset, application decisions. */
public final class AccountMail {
  private final Stores stores;
  private final Mailer mailer;
  private final String origin;
  private final String hostname;

  public AccountMail(Stores stores, Mailer mailer, String origin, String hostname) {
    this.stores = stores;
    this.mailer = mailer;
    this.origin = origin;
    this.hostname = hostname;
  }

  /** Stores a verification token for {@code email} and mails its link. */
  public void sendVerification(Handle h, int localUserId, String name, String email) {
    String token = Tokens.random(24);
    stores.emailTokens().insertVerification(h, localUserId, email, token);
    String link = origin + "/verify_email/" + token;
    mailer.send(email, name, "Please verify your email address for " + hostname,
        "<p>Hello " + escape(name) + ",</p><p>Please open this link to verify your email address: "
            + "<a href=\"" + link + "\">" + link + "</a></p>");
  }

  public void sendPasswordReset(Handle h, int localUserId, String name, String email) {
    String token = Tokens.random(24);
    String link = origin + "/password_change/" + token;
    if (mailer.send(email, name, "Password reset request for " + name,
        "<p>Hello " + escape(name) + ",</p><p>Open this link to choose a new password: "
            + "<a href=\"" + link + "\">" + link + "</a></p><p>If you did not ask for this, ignore this mail.</p>")) {
      // Stored only once sent, so broken mail does not use up the daily reset limit.
      stores.emailTokens().insertPasswordReset(h, localUserId, token);
    }
  }

  public void sendApplicationApproved(String name, String email) {
    mailer.send(email, name, "Registration approved for " + name + " at " + hostname,
        "<p>Your registration at " + hostname + " was approved. Welcome! You can now log in: "
            + "<a href=\"" + origin + "/login\">" + origin + "/login</a></p>");
  }

  public void sendApplicationDenied(String name, String email, String reason) {
    mailer.send(email, name, "Registration denied for " + name + " at " + hostname,
        "<p>Your registration at " + hostname + " was denied."
            + (reason == null ? "" : " Reason: " + escape(reason)) + "</p>");
  }

  public void notifyAdminsOfApplicant(List<AdminContact> admins, String applicant) {
    for (AdminContact a : admins) {
      mailer.send(a.email(), a.person().name(), "New user applied to " + hostname,
          "<p>" + escape(applicant) + " applied to join " + hostname + ". Review it at <a href=\"" + origin
              + "/registration_applications\">" + origin + "/registration_applications</a></p>");
    }
  }

  public record AdminContact(Person person, String email) {}

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
