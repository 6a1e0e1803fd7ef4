package dev.scimharness.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Removes the reports of an earlier conformance run before a new one, so none is mistaken for this run's.
 * Only what the suite writes is removed; other files in {@code reports/} (a README, a baseline, reports other
 * parts of the harness commit) stay.
 */
public final class ReportsDirectory {
  static final List<String> WRITTEN_BY_THE_SUITE = List.of("summary.json", "summary.md", "cucumber.html",
      "cucumber.json", "junit.xml", "coverage.md", "allure-results", "allure-report", "certificate.md", "certificate.html", "badge.svg");

  private ReportsDirectory() {}

  public static void prepare(Path dir) {
    try {
      Files.createDirectories(dir);
      for (String name : WRITTEN_BY_THE_SUITE) {
        delete(dir.resolve(name));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void delete(Path p) throws IOException {
    if (!Files.exists(p)) {
      return;
    }
    try (Stream<Path> all = Files.walk(p)) {
      for (Path q : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(q);
      }
    }
  }
}
