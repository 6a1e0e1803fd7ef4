package dev.scimharness.steps.sigma;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scimharness.report.Outcome;
import dev.scimharness.report.RunSummary;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The provider's documented behaviour holds: every @sigma scenario passes against the sigma profile. */
class SigmaFeaturesTest {
  @Test
  void everySigmaScenarioPassesAgainstTheSigmaProfile() {
    Assumptions.assumeFalse(SigmaRuns.remoteTargetConfigured(),
        "the @sigma features run against the embedded server's sigma profile; a remote target is configured");

    RunSummary run = SigmaRuns.run("features", "sigma", "@sigma", "features/sigma");

    List<String> failed = run.failures().stream()
        .map(r -> r.uri() + ":" + r.line() + " " + r.name() + " — " + r.reason()).toList();
    assertEquals(List.of(), failed, "failing @sigma scenarios");
    assertEquals(0, run.count(Outcome.SKIPPED), "no @sigma scenario may be skipped against the embedded profile");
    assertTrue(run.count(Outcome.PASSED) >= 60, "expected every @sigma scenario to run: " + run.countsLine());
    System.out.println("[sigma] " + run.countsLine() + " in " + run.wallTime());
  }
}
