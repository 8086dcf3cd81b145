package warren.app;

/** A configuration value that stops the start; the message names the key. */
public final class SettingsException extends RuntimeException {
  public SettingsException(String key, String problem) {
    super("Configuration key '" + key + "': " + problem);
  }
}
