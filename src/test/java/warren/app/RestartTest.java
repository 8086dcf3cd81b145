package warren.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import warren.testing.ApiClient;

/** The default set-up: Warren's own embedded PostgreSQL in the data directory, kept across restarts. */
class RestartTest {
  @TempDir
  Path dataDir;

  private Settings settings() {
    return new Settings("restart.test", 0, "127.0.0.1", Optional.empty(), dataDir,
        Optional.of(new Settings.Setup("keeper", "keeper-password", "Kept", Optional.empty())),
        new Settings.Federation(true, false), Optional.empty());
  }

  @Test
  void aRestartKeepsAccountsAndSettings() {
    String firstSiteKey;
    try (Warren first = Warren.start(settings())) {
      var admin = new ApiClient("http://127.0.0.1:" + first.port(), null).login("keeper", "keeper-password");
      admin.put("/api/v3/site", Map.of("registration_mode", "Open", "name", "Kept site"));
      new ApiClient("http://127.0.0.1:" + first.port(), null).register("stays_here", "password-123");
      firstSiteKey = admin.get("/api/v3/site").json().at("/site_view/site/public_key").asString();
    }
    try (Warren second = Warren.start(settings())) {
      var anon = new ApiClient("http://127.0.0.1:" + second.port(), null);
      var site = anon.get("/api/v3/site").json();
      assertThat(site.at("/site_view/site/name").asString()).isEqualTo("Kept site");
      assertThat(site.at("/site_view/local_site/registration_mode").asString()).isEqualTo("Open");
      assertThat(site.at("/site_view/site/public_key").asString()).as("no second first start").isEqualTo(firstSiteKey);
      assertThat(anon.login("stays_here", "password-123").get("/api/v3/site").json().has("my_user")).isTrue();
      // The embedded server of a real site writes every commit to disk before acknowledging it.
      String durability = second.database().jdbi().withHandle(h -> h.createQuery(
          "select current_setting('fsync') || ' ' || current_setting('synchronous_commit')").mapTo(String.class).one());
      assertThat(durability).isEqualTo("on on");
    }
  }
}
