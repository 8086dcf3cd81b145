package warren.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;

/** Starts Warren: {@code java warren.app.Main [--config warren.yaml]}. */
public final class Main {
  private Main() {}

  public static void main(String[] args) throws InterruptedException {
    System.setProperty("java.awt.headless", "true");
    Optional<Path> config = Optional.empty();
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--config") && i + 1 < args.length) config = Optional.of(Path.of(args[++i]));
    }
    if (config.isEmpty() && System.getenv("WARREN_CONFIG") != null) config = Optional.of(Path.of(System.getenv("WARREN_CONFIG")));
    if (config.isEmpty() && Files.exists(Path.of("warren.yaml"))) config = Optional.of(Path.of("warren.yaml"));

    Settings settings;
    try {
      settings = SettingsLoader.load(config, System.getenv());
    } catch (SettingsException e) {
      System.err.println("Warren cannot start. " + e.getMessage());
      System.exit(2);
      return;
    }
    Warren warren = Warren.start(settings);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      warren.close();
      stopped.countDown();
    }, "warren-shutdown"));
    stopped.await();
  }
}
