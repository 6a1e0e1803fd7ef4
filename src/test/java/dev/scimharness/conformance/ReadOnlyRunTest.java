package dev.scimharness.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scimharness.report.Outcome;
import dev.scimharness.report.RunSummary;
import dev.scimharness.steps.SuiteRun;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code scim.readOnly=true}: the scenarios that change nothing run; every other one is skipped at its first write. */
class ReadOnlyRunTest {
  private static final String SKIPPED_IN_EVERY_RUN = "A /Me answer's Location is the subject's resource, not /Me";

  @Test
  void onlyScenariosThatChangeNothingRunAndTheOthersAreSkippedWithTheReason() {
    RunSummary run = SuiteRun.named("read-only").property("scim.readOnly", "true")
        .run(List.of("features/rfc7643", "features/rfc7644"));
    assertEquals(0, run.count(Outcome.FAILED), run.countsLine());
    assertEquals(0, run.count(Outcome.BLOCKED), run.countsLine());
    assertTrue(run.count(Outcome.PASSED) > 20, run.countsLine());
    assertTrue(run.count(Outcome.SKIPPED) > 300, run.countsLine());
    // The embedded server's token stands for no user, so the /Me Location scenario is skipped in every run.
    assertTrue(run.scenarios().stream().filter(s -> s.status() == Outcome.SKIPPED)
        .filter(s -> !s.name().equals(SKIPPED_IN_EVERY_RUN))
        .allMatch(s -> s.reason() != null && s.reason().contains("read-only")), "each skip names the read-only run");
  }
}
