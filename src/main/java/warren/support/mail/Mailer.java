package warren.support.mail;

/** Sends one mail. Implementations must not throw for a bad recipient; they report false. */
public interface Mailer {
  boolean send(String to, String toName, String subject, String htmlBody);
}
