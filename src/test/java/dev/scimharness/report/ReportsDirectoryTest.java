package dev.scimharness.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportsDirectoryTest {
  @Test
  void removesTheSuitesOwnReportsAndKeepsEverythingElse(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("summary.json"), "{}");
    Files.createDirectories(dir.resolve("allure-results/sub"));
    Files.writeString(dir.resolve("allure-results/sub/x.json"), "{}");
    Files.writeString(dir.resolve("README.md"), "#");
    Files.writeString(dir.resolve("sigma-deviations.md"), "#");
    ReportsDirectory.prepare(dir);
    assertFalse(Files.exists(dir.resolve("summary.json")));
    assertFalse(Files.exists(dir.resolve("allure-results")));
    assertTrue(Files.exists(dir.resolve("README.md")));
    assertTrue(Files.exists(dir.resolve("sigma-deviations.md")));
  }
}
