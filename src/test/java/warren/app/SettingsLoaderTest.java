package warren.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsLoaderTest {
  @TempDir
  Path dir;

  private Path yaml(String text) throws Exception {
    Path f = dir.resolve("warren.yaml");
    Files.writeString(f, text);
    return f;
  }

  @Test
  void defaultsServeLocalhostOnEmbeddedPostgres() {
    Settings s = SettingsLoader.load(Optional.empty(), Map.of());
    assertThat(s.hostname()).isEqualTo("localhost:8536");
    assertThat(s.port()).isEqualTo(8536);
    assertThat(s.databaseUrl()).isEmpty();
    assertThat(s.dataDir().getFileName().toString()).isEqualTo("data");
    assertThat(s.dataDir().isAbsolute()).isTrue();
    assertThat(s.federation().debug()).isFalse();
    assertThat(s.origin()).isEqualTo("https://localhost:8536");
    assertThat(s.domain()).isEqualTo("localhost");
  }

  @Test
  void yamlIsReadAndEnvironmentOverridesSingleKeys() throws Exception {
    Path f = yaml("""
        hostname: warren.example
        port: 9000
        setup:
          admin_username: boss
          admin_password: long-enough-pw
          site_name: Burrow
        federation:
          debug: false
        smtp:
          host: mail.example
          from: warren@warren.example
        """);
    Settings s = SettingsLoader.load(Optional.of(f), Map.of("WARREN_PORT", "9100", "WARREN_FEDERATION_DEBUG", "1",
        "DATABASE_URL", "postgres://u:p@db:5432/warren", "LEMMY_TEST_FAST_FEDERATION", "1"));
    assertThat(s.port()).isEqualTo(9100);
    assertThat(s.hostname()).isEqualTo("warren.example");
    assertThat(s.federation().debug()).isTrue();
    assertThat(s.federation().fastDelivery()).isTrue();
    assertThat(s.origin()).isEqualTo("http://warren.example");
    assertThat(s.databaseUrl()).hasValue("postgres://u:p@db:5432/warren");
    assertThat(s.setup().orElseThrow().siteName()).isEqualTo("Burrow");
    assertThat(s.smtp().orElseThrow().port()).isEqualTo(587);
    assertThat(s.smtp().orElseThrow().tls()).isEqualTo(Settings.Smtp.Tls.starttls);
  }

  @Test
  void badValuesStopTheStartNamingTheKey() throws Exception {
    assertThatThrownBy(() -> SettingsLoader.load(Optional.empty(), Map.of("WARREN_PORT", "eighty")))
        .isInstanceOf(SettingsException.class).hasMessageContaining("'port'");
    assertThatThrownBy(() -> SettingsLoader.load(Optional.empty(), Map.of("WARREN_PORT", "70000")))
        .hasMessageContaining("'port'");
    assertThatThrownBy(() -> SettingsLoader.load(Optional.empty(), Map.of("WARREN_FEDERATION_DEBUG", "maybe")))
        .hasMessageContaining("'federation.debug'");
    assertThatThrownBy(() -> SettingsLoader.load(Optional.empty(), Map.of("DATABASE_URL", "mysql://x")))
        .hasMessageContaining("'database_url'");
    assertThatThrownBy(() -> SettingsLoader.load(Optional.empty(), Map.of("WARREN_SETUP_ADMIN_USERNAME", "boss")))
        .hasMessageContaining("'setup.admin_password'");
    assertThatThrownBy(() -> SettingsLoader.load(Optional.empty(), Map.of("WARREN_SETUP_ADMIN_USERNAME", "boss",
        "WARREN_SETUP_ADMIN_PASSWORD", "short"))).hasMessageContaining("'setup.admin_password'");
    assertThatThrownBy(() -> SettingsLoader.load(Optional.of(yaml("hostnme: typo.example")), Map.of()))
        .hasMessageContaining("'hostnme'").hasMessageContaining("unknown key");
    assertThatThrownBy(() -> SettingsLoader.load(Optional.of(yaml("smtp:\n  host: m\n  from: a@b\n  tls: ssl3")), Map.of()))
        .hasMessageContaining("'smtp.tls'");
    assertThatThrownBy(() -> SettingsLoader.load(Optional.of(yaml("hostname: https://x.example/")), Map.of()))
        .hasMessageContaining("'hostname'");
  }
}
