package dev.scimharness.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FaultTableTest {
  private static ScenarioResult r(String name, Outcome o) {
    return VerdictTest.result(name, o, "@must");
  }

  @Test
  void aFaultIsCaughtOnlyByScenariosThatPassAgainstTheCleanServer() {
    RunSummary clean = new RunSummary("clean", 1, List.of(r("a", Outcome.PASSED), r("b", Outcome.FAILED)));
    RunSummary faulty = new RunSummary("f", 1, List.of(r("a", Outcome.FAILED), r("b", Outcome.FAILED)));
    assertEquals(List.of("a"), FaultTable.caught(faulty, clean).stream().map(ScenarioResult::name).toList());
  }

  @Test
  void theTableNamesUncaughtFaults() {
    Map<String, RunSummary> runs = new LinkedHashMap<>();
    runs.put("clean", new RunSummary("clean", 1, List.of(r("a", Outcome.PASSED))));
    runs.put("LOUD", new RunSummary("f", 1, List.of(r("a", Outcome.FAILED))));
    runs.put("SILENT", new RunSummary("f", 1, List.of(r("a", Outcome.PASSED))));
    String md = FaultTable.render(runs, Map.of("LOUD", "RFC 7644 §3.3"));
    assertTrue(md.contains("Faults caught: **1 of 2**"), md);
    assertTrue(md.contains("| `SILENT` |  | **0 — not caught** |"), md);
    assertTrue(md.contains("| `LOUD` | RFC 7644 §3.3 | 1 | a |"), md);
  }
}
