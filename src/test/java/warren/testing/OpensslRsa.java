package warren.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The RSA-2048 floor of this machine, from {@code openssl speed rsa2048} on one core: what the
 * signing (outbox) and verifying (inbox) benchmarks compare their rates with. NaN when the
 * output cannot be read.
 */
public record OpensslRsa(double signsPerSecond, double verifiesPerSecond) {
  private static final Pattern LINE = Pattern.compile("rsa\\s+2048 bits\\s+\\S+\\s+\\S+\\s+([0-9.]+)\\s+([0-9.]+)");

  public static OpensslRsa measure(int seconds) throws IOException, InterruptedException {
    Process p = new ProcessBuilder("openssl", "speed", "-seconds", String.valueOf(seconds), "rsa2048")
        .redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor();
    Matcher m = LINE.matcher(out);
    return m.find() ? new OpensslRsa(Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)))
        : new OpensslRsa(Double.NaN, Double.NaN);
  }
}
