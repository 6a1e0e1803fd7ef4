package dev.scimharness.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VerdictTest {
  static ScenarioResult result(String name, Outcome o, String... tags) {
    return new ScenarioResult("f::" + name, name, "Feature", "features/rfc7644/x.feature", 1, o, List.of(tags),
        o == Outcome.PASSED ? null : "because", null, 3);
  }

  @Test
  void aFailedMustScenarioFailsTheRun() {
    RunSummary run = new RunSummary("t", 10, List.of(result("a", Outcome.FAILED, "@must", "@rfc7644-3.3")));
    assertFalse(Verdict.of(run, Optional.empty()).passes());
  }

  @Test
  void failedShouldAndMayScenariosAreReportedButPass() {
    RunSummary run = new RunSummary("t", 10, List.of(result("a", Outcome.FAILED, "@should"),
        result("b", Outcome.FAILED, "@may"), result("c", Outcome.SKIPPED, "@must"), result("d", Outcome.PASSED, "@must")));
    Verdict v = Verdict.of(run, Optional.empty());
    assertTrue(v.passes());
    assertEquals("1 passed, 2 failed, 1 skipped, 0 blocked", run.countsLine());
  }

  @Test
  void aScenarioWithoutALevelIsHeldToMust() {
    RunSummary run = new RunSummary("t", 10, List.of(result("a", Outcome.FAILED)));
    assertFalse(Verdict.of(run, Optional.empty()).passes());
  }

  @Test
  void withABaselineARegressionFailsWhateverItsLevel() {
    RunSummary before = new RunSummary("t", 10, List.of(result("a", Outcome.PASSED, "@may"),
        result("b", Outcome.FAILED, "@should")));
    RunSummary now = new RunSummary("t", 10, List.of(result("a", Outcome.FAILED, "@may"),
        result("b", Outcome.PASSED, "@should")));
    Verdict v = Verdict.of(now, Optional.of(Baseline.of(before)));
    assertFalse(v.passes());
    assertEquals(1, v.regressions().size());
    assertEquals(1, v.fixed().size());
  }

  @Test
  void theSummaryRoundTripsThroughJsonAndRendersSectionsInNumericOrder(@TempDir Path dir) throws Exception {
    RunSummary run = new RunSummary("embedded", 1234, List.of(
        result("x", Outcome.FAILED, "@must", "@rfc7644-3.4.2.10"), result("y", Outcome.PASSED, "@rfc7644-3.4.2.2")));
    Path json = dir.resolve("summary.json");
    SummaryJson.write(run, json);
    RunSummary back = SummaryJson.read(json);
    assertEquals(run, back);
    Path md = dir.resolve("summary.md");
    SummaryMarkdown.write(run, Verdict.of(run, Optional.empty()), md);
    String text = Files.readString(md);
    assertTrue(text.indexOf("| rfc7644-3.4.2.2 ") < text.indexOf("| rfc7644-3.4.2.10"), text);
    assertTrue(text.contains("**MUST** Feature — x"), text);
    assertTrue(text.contains("because"));
  }
}
