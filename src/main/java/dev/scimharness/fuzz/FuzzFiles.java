package dev.scimharness.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Before a conformance run: checks the fuzz options ({@link IllegalArgumentException} with a one-line message) and
 * removes an earlier run's fuzz reports, so that the verdict never reads a stale {@code fuzz.json}.
 */
public final class FuzzFiles {
  private FuzzFiles() {}

  public static void prepare(Path reports) {
    Optional<FuzzOptions> options = FuzzOptions.fromSystem();
    options.flatMap(FuzzOptions::replay).ifPresent(p -> {
      if (!Files.isRegularFile(p)) {
        throw new IllegalArgumentException("scim.fuzz.replay names " + p + ", which is not a file");
      }
      ReplayScript.read(p);
    });
    try {
      Files.deleteIfExists(reports.resolve("fuzz.json"));
      Files.deleteIfExists(reports.resolve("fuzz.md"));
      for (FuzzKind kind : FuzzKind.values()) {
        Files.deleteIfExists(reports.resolve("fuzz-" + kind.wire() + ".sh"));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
