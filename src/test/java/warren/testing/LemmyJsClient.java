package warren.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The npm package {@code lemmy-js-client@0.19.5-alpha.1}, installed once under target/ for the
 * tests that check Warren against it: its TypeScript types are the API's contract.
 */
public final class LemmyJsClient {
  public static final Path NODE_DIR = Path.of("target", "node").toAbsolutePath();
  private static boolean installed;

  private LemmyJsClient() {}

  public static synchronized Path packageDir() {
    Path pkg = NODE_DIR.resolve("node_modules/lemmy-js-client");
    if (installed || Files.isDirectory(pkg.resolve("dist/types"))) {
      installed = true;
      return pkg;
    }
    try {
      Files.createDirectories(NODE_DIR);
      Files.copy(Path.of("src/test/node/package.json"), NODE_DIR.resolve("package.json"),
          StandardCopyOption.REPLACE_EXISTING);
      run(List.of("npm", "install", "--no-audit", "--no-fund", "--no-package-lock", "--loglevel=error"), NODE_DIR);
    } catch (IOException e) {
      throw new IllegalStateException("could not install lemmy-js-client with npm", e);
    }
    if (!Files.isDirectory(pkg.resolve("dist/types"))) throw new IllegalStateException("npm did not install " + pkg);
    installed = true;
    return pkg;
  }

  public static Path typesDir() {
    return packageDir().resolve("dist/types");
  }

  /** Runs a command, failing with its output when it exits non-zero; returns the output. */
  public static String run(List<String> command, Path dir) throws IOException {
    Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
    byte[] out;
    try {
      out = p.getInputStream().readAllBytes();
      if (!p.waitFor(5, TimeUnit.MINUTES)) {
        p.destroyForcibly();
        throw new IllegalStateException(command + " timed out");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    String text = new String(out, java.nio.charset.StandardCharsets.UTF_8);
    if (p.exitValue() != 0) throw new IllegalStateException(command + " failed (" + p.exitValue() + "):\n" + text);
    return text;
  }
}
