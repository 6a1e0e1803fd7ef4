package dev.scimharness.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Empties {@code reports/} before a run, so no report of an earlier run is mistaken for this one's; keeps the
 * committed files (README, baseline).
 */
public final class ReportsDirectory {
  private static final Set<String> KEEP = Set.of("README.md", "baseline.json");

  private ReportsDirectory() {}

  public static void prepare(Path dir) {
    try {
      Files.createDirectories(dir);
      try (Stream<Path> children = Files.list(dir)) {
        for (Path p : children.toList()) {
          if (!KEEP.contains(p.getFileName().toString())) {
            delete(p);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void delete(Path p) throws IOException {
    try (Stream<Path> all = Files.walk(p)) {
      for (Path q : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(q);
      }
    }
  }
}
