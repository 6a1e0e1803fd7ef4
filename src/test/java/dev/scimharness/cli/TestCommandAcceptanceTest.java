package dev.scimharness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The jar's {@code test} command run in this JVM against the embedded reference server: the main job's suite,
 * reports and exit codes, for a clean server and for one with a seeded fault the selected scenarios catch.
 */
class TestCommandAcceptanceTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String CREATE = "@rfc7644-3.3";

  @Test
  void aCleanServerPassesWithTheMainJobsReports() throws IOException {
    Path reports = Path.of("target/cli-run/clean");
    CliRun r = CliRun.of("test", "--tags", CREATE, "--threads", "4", "--reports", reports.toString());
    assertEquals(0, r.code(), r.all());
    for (String f : new String[] {"summary.json", "summary.md", "junit.xml", "cucumber.json", "coverage.md"}) {
      assertTrue(Files.isRegularFile(reports.resolve(f)), f + " missing");
    }
    JsonNode summary = JSON.readTree(reports.resolve("summary.json").toFile());
    int passed = summary.path("counts").path("passed").asInt(-1);
    assertTrue(passed > 10, "passed: " + passed + " in " + summary.path("counts"));
    assertEquals(0, summary.path("counts").path("failed").asInt(-1));
    assertTrue(r.out().contains(passed + " passed, 0 failed"), r.out());
    assertNull(System.getProperty("cucumber.filter.tags"), "the command restores the properties it set");
    assertNull(System.getProperty("scim.threads"));
  }

  @Test
  void aSeededFaultFailsTheRunWithExitOne() throws IOException {
    Path reports = Path.of("target/cli-run/fault");
    CliRun r = CliRun.of("test", "--tags", CREATE, "--fault", "MISSING_LOCATION", "--reports", reports.toString());
    assertEquals(1, r.code(), r.all());
    assertTrue(r.out().contains("MUST failed: Creating resources (RFC 7644 §3.3)"), r.out());
    JsonNode summary = JSON.readTree(reports.resolve("summary.json").toFile());
    assertTrue(summary.path("counts").path("failed").asInt() > 0, summary.path("counts").toString());
  }
}
