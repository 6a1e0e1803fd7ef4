package dev.scimharness.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Blocked and not-run scenarios: how each counts in the verdict, the fault self-test, the baseline and the line. */
class StatusesTest {
  private static ScenarioResult r(String id, Outcome o, String level) {
    return new ScenarioResult(id, "scenario " + id, "F", "features/rfc7644/x.feature", 1, o, List.of(level),
        o == Outcome.PASSED ? null : "because", null, 1);
  }

  private static List<ScenarioResult> many(int n, Outcome o) {
    List<ScenarioResult> l = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      l.add(r(o.name() + i, o, "@must"));
    }
    return l;
  }

  @Test
  void blockedIsNeverAFailureNorCaughtButMakesARunInconclusiveAboveTenPercent() {
    List<ScenarioResult> s = new ArrayList<>(many(90, Outcome.PASSED));
    s.addAll(many(10, Outcome.BLOCKED));
    RunSummary tenPercent = new RunSummary("t", 1, s);
    assertTrue(tenPercent.failures().isEmpty());
    assertEquals(ExitCode.PASS, Verdict.of(tenPercent, Optional.empty()).exitCode());
    s.add(r("one-more", Outcome.BLOCKED, "@must"));
    RunSummary over = new RunSummary("t", 1, s);
    Verdict v = Verdict.of(over, Optional.empty());
    assertEquals(ExitCode.INCONCLUSIVE, v.exitCode(), v.explain());
    assertTrue(v.explain().contains("11 of 101 MUST scenarios blocked"), v.explain());
    assertEquals("INCONCLUSIVE", v.word());
    assertTrue(FaultTable.caught(over, null).isEmpty(), "a blocked scenario never caught a fault");
  }

  @Test
  void aRunThatExecutedNothingOrOnlySkippedIsNotAPass() {
    assertEquals(ExitCode.INCONCLUSIVE, Verdict.of(new RunSummary("t", 1, List.of()), Optional.empty()).exitCode());
    RunSummary skipped = new RunSummary("t", 1, many(3, Outcome.SKIPPED));
    assertEquals(ExitCode.INCONCLUSIVE, Verdict.of(skipped, Optional.empty()).exitCode());
  }

  @Test
  void mustFailuresOutrankInconclusiveAndThePreflightOutranksBoth() {
    List<ScenarioResult> s = new ArrayList<>(many(5, Outcome.BLOCKED));
    s.add(r("f", Outcome.FAILED, "@must"));
    assertEquals(ExitCode.MUST_FAILURES, Verdict.of(new RunSummary("t", 1, s), Optional.empty()).exitCode());
    RunSummary preflight = new RunSummary("t", 1, many(4, Outcome.NOT_RUN),
        new RunNotes("unreachable: connection refused", null, null, null));
    Verdict v = Verdict.of(preflight, Optional.empty());
    assertEquals(ExitCode.PREFLIGHT_FAILED, v.exitCode());
    assertEquals(4, v.exitCode().code());
    assertTrue(v.explain().contains("connection refused"), v.explain());
    assertTrue(SummaryMarkdown.render(preflight, v).contains("The preflight refused the target"));
  }

  @Test
  void aRunThatGaveUpIsInconclusiveAndTheClosingLineCountsNotRun() {
    List<ScenarioResult> s = new ArrayList<>(many(2, Outcome.PASSED));
    s.addAll(many(3, Outcome.NOT_RUN));
    RunSummary run = new RunSummary("t", 1, s, new RunNotes(null, "target unreachable since T", "habcd", null));
    assertEquals(ExitCode.INCONCLUSIVE, Verdict.of(run, Optional.empty()).exitCode());
    assertEquals("2 passed, 0 failed, 0 skipped, 0 blocked, 3 not run", run.countsLine());
  }

  @Test
  void passedThenBlockedIsARegressionAndOldBaselinesMatchByUriAndName() {
    ScenarioResult before = r("x", Outcome.PASSED, "@may");
    RunSummary old = new RunSummary("t", 1, List.of(before.withId(before.legacyId())));
    RunSummary now = new RunSummary("t", 1, List.of(r("x", Outcome.BLOCKED, "@may")));
    Verdict v = Verdict.of(now, Optional.of(Baseline.of(old)));
    assertEquals(1, v.regressions().size(), "an old uri::name baseline still matches a scenario with a stable id");
    assertEquals(ExitCode.MUST_FAILURES, v.exitCode());
    assertFalse(Baseline.of(new RunSummary("t", 1, List.of(before))).regressions(now).isEmpty());
  }

  @Test
  void summaryJsonCarriesTheSchemaVersionNotesAndEveryStatus(@TempDir Path dir) throws Exception {
    List<ScenarioResult> s = new ArrayList<>();
    for (Outcome o : Outcome.values()) {
      s.add(r(o.name(), o, "@must"));
    }
    RunSummary run = new RunSummary("t", 7, s, new RunNotes(null, "gave up", "habcd", "deleted 0 resource(s)"));
    Path json = dir.resolve("summary.json");
    SummaryJson.write(run, json);
    assertTrue(Files.readString(json).contains("\"schemaVersion\" : " + SummaryJson.SCHEMA_VERSION));
    assertTrue(Files.readString(json).contains("\"status\" : \"not run\""));
    assertEquals(run, SummaryJson.read(json));
  }
}
