package warren.api.v3;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import warren.testing.LemmyJsClient;
import warren.testing.TestSite;

/** Runs src/test/node with node's test runner against a live Warren, through lemmy-js-client 0.19. */
class LemmyJsClientTest {

  @Test
  void theOfficialClientWorksAgainstWarren() throws Exception {
    Path nodeModules = LemmyJsClient.packageDir().getParent();
    try (TestSite site = TestSite.start()) {
      site.admin().put("/api/v3/site", Map.of("registration_mode", "Open"));
      var pb = new ProcessBuilder(List.of("node", "--test", "--test-reporter=tap", "src/test/node/"))
          .redirectErrorStream(true);
      pb.environment().put("WARREN_URL", site.baseUrl());
      pb.environment().put("NODE_PATH", nodeModules.toString());
      Process p = pb.start();
      String output = new String(p.getInputStream().readAllBytes());
      assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
      System.out.println(output);
      assertThat(p.exitValue()).as(output).isZero();
      assertThat(output).contains("# pass 2").contains("# fail 0");
    }
  }
}
