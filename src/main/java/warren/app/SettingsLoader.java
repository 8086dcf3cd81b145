package warren.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads {@link Settings} from a YAML file, then lets environment variables override single keys.
 * Keys are dotted paths ({@code setup.admin_username}); the variable for a key is {@code WARREN_}
 * plus the key in upper case with dots as underscores ({@code WARREN_SETUP_ADMIN_USERNAME}).
 * Unknown keys and bad values stop the start with a message that names the key.
 */
public final class SettingsLoader {

  static final Set<String> KEYS = Set.of(
      "hostname", "port", "bind", "database_url", "data_dir",
      "setup.admin_username", "setup.admin_password", "setup.site_name", "setup.admin_email",
      "federation.debug", "federation.fast_delivery", "federation.delivery_workers",
      "federation.concurrent_sends_per_site", "federation.concurrent_sends", "federation.dead_after_days",
      "smtp.host", "smtp.port", "smtp.username", "smtp.password", "smtp.from", "smtp.tls");

  /** Variables that other tools already use, kept so Lemmy's test rig and PaaS conventions work. */
  static final Map<String, String> ALIASES = Map.of(
      "DATABASE_URL", "database_url",
      "LEMMY_TEST_FAST_FEDERATION", "federation.fast_delivery");

  private SettingsLoader() {}

  /** Loads from the given file (which may be absent) and the process environment. */
  public static Settings load(Optional<Path> file, Map<String, String> env) {
    Map<String, String> values = new LinkedHashMap<>();
    file.ifPresent(f -> readYaml(f, values));
    for (String key : KEYS) {
      String value = env.get(envName(key));
      if (value != null) values.put(key, value);
    }
    ALIASES.forEach((variable, key) -> {
      String value = env.get(variable);
      if (value != null && !value.isBlank()) values.put(key, value);
    });
    return build(values);
  }

  static String envName(String key) {
    return "WARREN_" + key.toUpperCase(Locale.ROOT).replace('.', '_');
  }

  private static void readYaml(Path file, Map<String, String> into) {
    if (!Files.exists(file)) throw new SettingsException("config file", file + " does not exist");
    JsonNode root;
    try {
      root = YAMLMapper.builder().build().readTree(Files.readString(file));
    } catch (IOException | JacksonException e) {
      throw new SettingsException("config file", "cannot read " + file + ": " + e.getMessage());
    }
    if (root == null || root.isNull() || root.isMissingNode()) return;
    flatten("", root, into);
  }

  private static void flatten(String prefix, JsonNode node, Map<String, String> into) {
    if (node.isObject()) {
      for (var entry : node.properties()) {
        flatten(prefix.isEmpty() ? entry.getKey() : prefix + "." + entry.getKey(), entry.getValue(), into);
      }
      return;
    }
    if (!KEYS.contains(prefix)) throw new SettingsException(prefix, "unknown key");
    if (!node.isNull()) into.put(prefix, node.asString());
  }

  private static Settings build(Map<String, String> v) {
    Reader r = new Reader(v);
    String hostname = r.text("hostname").orElse("localhost:8536");
    if (hostname.contains("/") || hostname.isBlank()) {
      throw new SettingsException("hostname", "must be a host name with an optional port, such as warren.example or localhost:8536");
    }
    int port = r.integer("port", 1, 65535).orElse(8536);
    String bind = r.text("bind").orElse("0.0.0.0");
    Optional<String> databaseUrl = r.text("database_url");
    databaseUrl.ifPresent(url -> {
      if (!url.startsWith("postgres://") && !url.startsWith("postgresql://") && !url.startsWith("jdbc:postgresql://")) {
        throw new SettingsException("database_url", "must start with postgres://, postgresql:// or jdbc:postgresql://");
      }
    });
    Path dataDir = Path.of(r.text("data_dir").orElse("data")).toAbsolutePath().normalize();

    Optional<Settings.Setup> setup = Optional.empty();
    Optional<String> adminName = r.text("setup.admin_username");
    if (adminName.isPresent()) {
      String password = r.text("setup.admin_password")
          .orElseThrow(() -> new SettingsException("setup.admin_password", "is required with setup.admin_username"));
      if (password.length() < 10 || password.length() > 60) {
        throw new SettingsException("setup.admin_password", "must be 10 to 60 characters long");
      }
      setup = Optional.of(new Settings.Setup(adminName.get(), password,
          r.text("setup.site_name").orElse("Warren"), r.text("setup.admin_email")));
    }

    var d = Settings.Delivery.DEFAULTS;
    var delivery = new Settings.Delivery(r.bool("federation.delivery_workers").orElse(d.workers()),
        r.integer("federation.concurrent_sends_per_site", 1, 1000).orElse(d.perSite()),
        r.integer("federation.concurrent_sends", 1, 10_000).orElse(d.total()),
        r.integer("federation.dead_after_days", 1, 365).orElse(d.deadAfterDays()));
    var federation = new Settings.Federation(r.bool("federation.debug").orElse(false),
        r.bool("federation.fast_delivery").orElse(false), delivery);

    Optional<Settings.Smtp> smtp = Optional.empty();
    Optional<String> smtpHost = r.text("smtp.host");
    if (smtpHost.isPresent()) {
      Settings.Smtp.Tls tls = r.text("smtp.tls").map(t -> {
        try {
          return Settings.Smtp.Tls.valueOf(t.toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
          throw new SettingsException("smtp.tls", "must be none, starttls or tls");
        }
      }).orElse(Settings.Smtp.Tls.starttls);
      String from = r.text("smtp.from")
          .orElseThrow(() -> new SettingsException("smtp.from", "is required with smtp.host"));
      smtp = Optional.of(new Settings.Smtp(smtpHost.get(), r.integer("smtp.port", 1, 65535).orElse(587),
          r.text("smtp.username"), r.text("smtp.password"), from, tls));
    }
    return new Settings(hostname, port, bind, databaseUrl, dataDir, setup, federation, smtp);
  }

  /** Typed access to the flat values, naming the key in every error. */
  private record Reader(Map<String, String> values) {
    Optional<String> text(String key) {
      return Optional.ofNullable(values.get(key)).map(String::trim).filter(s -> !s.isEmpty());
    }

    Optional<Integer> integer(String key, int min, int max) {
      return text(key).map(s -> {
        try {
          int n = Integer.parseInt(s);
          if (n < min || n > max) throw new NumberFormatException();
          return n;
        } catch (NumberFormatException e) {
          throw new SettingsException(key, "must be a whole number from " + min + " to " + max + ", not '" + s + "'");
        }
      });
    }

    Optional<Boolean> bool(String key) {
      return text(key).map(s -> switch (s.toLowerCase(Locale.ROOT)) {
        case "1", "true", "yes", "on" -> true;
        case "0", "false", "no", "off" -> false;
        default -> throw new SettingsException(key, "must be true or false, not '" + s + "'");
      });
    }
  }
}
