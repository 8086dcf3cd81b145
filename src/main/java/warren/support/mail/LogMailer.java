package warren.support.mail;

import java.util.logging.Logger;

/** Without SMTP, mail is written to the log so an admin can still pass on links by hand. */
public final class LogMailer implements Mailer {
  private static final Logger LOG = Logger.getLogger(LogMailer.class.getName());

  @Override
  public boolean send(String to, String toName, String subject, String htmlBody) {
    LOG.info(() -> "No SMTP configured; mail to " + to + " (" + toName + "): " + subject + "\n" + htmlBody);
    return true;
  }
}
