package warren.support.mail;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import warren.app.Settings;

/** Mail over SMTP, with STARTTLS or implicit TLS as configured. */
public final class SmtpMailer implements Mailer {
  private static final Logger LOG = Logger.getLogger(SmtpMailer.class.getName());
  private final Settings.Smtp smtp;
  private final Session session;

  public SmtpMailer(Settings.Smtp smtp) {
    this.smtp = smtp;
    Properties p = new Properties();
    p.put("mail.smtp.host", smtp.host());
    p.put("mail.smtp.port", Integer.toString(smtp.port()));
    p.put("mail.smtp.connectiontimeout", "10000");
    p.put("mail.smtp.timeout", "10000");
    p.put("mail.smtp.auth", Boolean.toString(smtp.username().isPresent()));
    switch (smtp.tls()) {
      case starttls -> p.put("mail.smtp.starttls.required", "true");
      case tls -> p.put("mail.smtp.ssl.enable", "true");
      case none -> { }
    }
    this.session = Session.getInstance(p);
  }

  @Override
  public boolean send(String to, String toName, String subject, String htmlBody) {
    try {
      MimeMessage m = new MimeMessage(session);
      m.setFrom(new InternetAddress(smtp.from()));
      m.setRecipient(Message.RecipientType.TO, new InternetAddress(to, toName, "UTF-8"));
      m.setSubject(subject, "UTF-8");
      m.setContent(htmlBody, "text/html; charset=UTF-8");
      if (smtp.username().isPresent()) {
        Transport.send(m, smtp.username().get(), smtp.password().orElse(""));
      } else {
        Transport.send(m);
      }
      return true;
    } catch (MessagingException | UnsupportedEncodingException e) {
      LOG.log(Level.WARNING, "could not send mail to " + to, e);
      return false;
    }
  }
}
