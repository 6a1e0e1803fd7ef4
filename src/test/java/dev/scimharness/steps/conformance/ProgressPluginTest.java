package dev.scimharness.steps.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgressPluginTest {
  @Test
  void theTotalCountsOutlineRowsAndHonoursTheTagFilter(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("a.feature"), """
        Feature: a
          @must
          Scenario: one
            Given x
          @should
          Scenario Outline: <n>
            Given <n>
            Examples:
              | n |
              | 1 |
              | 2 |
        """);
    assertEquals(3, ProgressPlugin.total(List.of(dir), null));
    assertEquals(2, ProgressPlugin.total(List.of(dir), "@should"));
    assertEquals(1, ProgressPlugin.total(List.of(dir), "not @should"));
    assertEquals(0, ProgressPlugin.total(List.of(dir.resolve("none")), null), "unknown, not an error");
  }

  @Test
  void theMainJobsDirectoriesHoldItsScenarios() {
    assertTrue(ProgressPlugin.total(List.of(Path.of("features/rfc7644")), null) > 300);
  }
}
