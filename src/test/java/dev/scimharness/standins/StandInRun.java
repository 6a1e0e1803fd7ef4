package dev.scimharness.standins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scimharness.report.ExitCode;
import dev.scimharness.report.Outcome;
import dev.scimharness.report.RunSummary;
import dev.scimharness.report.Verdict;
import dev.scimharness.steps.SuiteRun;
import java.util.List;
import java.util.Optional;

/**
 * Runs the whole conformance suite in this JVM against a broken stand-in target and holds it to what the issue of
 * trust asks: no scenario passes, the run ends within a minute, and it names the one cause.
 */
final class StandInRun {
  static final List<String> SUITE = List.of("features/rfc7643", "features/rfc7644");
  static final long MAX_WALL_MILLIS = 60_000;

  private StandInRun() {}

  static RunSummary against(String name, String baseUrl) {
    long start = System.nanoTime();
    RunSummary run = SuiteRun.named("standins/" + name).property("scim.baseUrl", baseUrl).property("scim.token", "t")
        .run(SUITE);
    long wall = (System.nanoTime() - start) / 1_000_000;
    System.out.println("[stand-in " + name + "] " + run.countsLine() + " in " + wall + " ms: "
        + Verdict.of(run, Optional.empty()).explain());
    assertTrue(wall < MAX_WALL_MILLIS, name + ": the run took " + wall + " ms");
    return run;
  }

  /** The preflight refused the target with {@code cause}: every scenario not run with it, exit code 4. */
  static void refusedByPreflight(RunSummary run, String... cause) {
    assertEquals(0, run.count(Outcome.PASSED), run.countsLine());
    assertTrue(run.scenarios().size() > 500, "every scenario is reported: " + run.scenarios().size());
    assertEquals(run.scenarios().size(), run.count(Outcome.NOT_RUN), run.countsLine());
    String why = run.notes().preflightFailure();
    assertTrue(why != null, "the preflight names a cause");
    for (String c : cause) {
      assertTrue(why.contains(c), "the cause names '" + c + "': " + why);
    }
    assertTrue(run.scenarios().stream().allMatch(s -> why.equals(s.reason())), "each scenario carries the cause");
    Verdict v = Verdict.of(run, Optional.empty());
    assertEquals(ExitCode.PREFLIGHT_FAILED, v.exitCode(), v.explain());
  }
}
