package dev.scimharness.steps.statuses;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scimharness.report.Outcome;
import dev.scimharness.report.RunSummary;
import dev.scimharness.report.ScenarioResult;
import dev.scimharness.steps.SuiteRun;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The summary plugin's statuses: Blocked → blocked, NotRun → not run, with their messages; ids from the tags. */
class StatusMappingTest {
  @Test
  void eachWayAScenarioEndsHasItsStatusReasonAndStableId() {
    RunSummary run = SuiteRun.named("statuses").glue("dev.scimharness.steps.statuses")
        .run(List.of("src/test/resources/statuses/statuses.feature"));
    Map<String, ScenarioResult> byId = new TreeMap<>();
    run.scenarios().forEach(s -> byId.put(s.id(), s));
    assertEquals(Outcome.PASSED, byId.get("id-00000001").status());
    assertEquals(Outcome.FAILED, byId.get("id-00000002").status());
    ScenarioResult blocked = byId.get("id-00000003");
    assertEquals(Outcome.BLOCKED, blocked.status());
    assertEquals("could not create \"alice\": POST /Users answered 500", blocked.reason());
    ScenarioResult notRun = byId.get("id-00000004");
    assertEquals(Outcome.NOT_RUN, notRun.status());
    assertEquals("target unreachable since 2026-01-01T00:00:00Z", notRun.reason());
    List<ScenarioResult> rows = run.scenarios().stream().filter(s -> s.id().startsWith("id-00000005/")).toList();
    assertEquals(2, rows.size(), byId.keySet().toString());
    assertTrue(rows.stream().allMatch(s -> s.id().matches("id-00000005/[0-9a-f]{6}")), byId.keySet().toString());
    assertEquals(2, run.failures().size(), "the failing row and scenario 2 fail; blocked is not a failure");
    assertEquals("2 passed, 2 failed, 0 skipped, 1 blocked, 1 not run", run.countsLine());
  }
}
