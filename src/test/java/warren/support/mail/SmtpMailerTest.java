package warren.support.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import warren.app.Settings;

/** Mail goes out over SMTP; the remote mail server is a minimal fake that records one message. */
class SmtpMailerTest {

  /** Speaks just enough SMTP to accept one message; returns the conversation it saw. */
  private static CompletableFuture<String> fakeServer(ServerSocket server) {
    return CompletableFuture.supplyAsync(() -> {
      StringBuilder seen = new StringBuilder();
      try (Socket s = server.accept();
           var in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
           var out = new PrintWriter(s.getOutputStream(), true, StandardCharsets.UTF_8)) {
        out.print("220 fake ESMTP\r\n");
        out.flush();
        boolean inData = false;
        String line;
        while ((line = in.readLine()) != null) {
          seen.append(line).append('\n');
          if (inData) {
            if (line.equals(".")) {
              inData = false;
              out.print("250 queued\r\n");
              out.flush();
            }
            continue;
          }
          String cmd = line.toUpperCase();
          if (cmd.startsWith("EHLO") || cmd.startsWith("HELO")) out.print("250 fake\r\n");
          else if (cmd.startsWith("DATA")) {
            inData = true;
            out.print("354 go ahead\r\n");
          } else if (cmd.startsWith("QUIT")) {
            out.print("221 bye\r\n");
            out.flush();
            break;
          } else out.print("250 ok\r\n");
          out.flush();
        }
      } catch (Exception e) {
        seen.append("ERROR ").append(e);
      }
      return seen.toString();
    });
  }

  @Test
  void sendsAnHtmlMailToTheRecipient() throws Exception {
    try (ServerSocket server = new ServerSocket(0)) {
      var conversation = fakeServer(server);
      var mailer = new SmtpMailer(new Settings.Smtp("127.0.0.1", server.getLocalPort(), Optional.empty(),
          Optional.empty(), "warren@warren.test", Settings.Smtp.Tls.none));
      boolean sent = mailer.send("joey@example.org", "Joey", "Verify your email",
          "<p>Open <a href=\"https://warren.test/verify_email/abc\">this link</a></p>");
      assertThat(sent).isTrue();
      String seen = conversation.get(10, TimeUnit.SECONDS);
      assertThat(seen).contains("MAIL FROM:<warren@warren.test>").contains("RCPT TO:<joey@example.org>")
          .contains("Subject: Verify your email").contains("text/html").contains("verify_email/abc");
    }
  }

  @Test
  void anUnreachableServerIsReportedNotThrown() throws Exception {
    int closedPort;
    try (ServerSocket s = new ServerSocket(0)) {
      closedPort = s.getLocalPort();
    }
    var mailer = new SmtpMailer(new Settings.Smtp("127.0.0.1", closedPort, Optional.empty(), Optional.empty(),
        "warren@warren.test", Settings.Smtp.Tls.none));
    assertThat(mailer.send("joey@example.org", "Joey", "s", "b")).isFalse();
  }
}
