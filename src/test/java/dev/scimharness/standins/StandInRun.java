package dev.scimharness.standins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scimharness.endpoint.Setting;
import dev.scimharness.report.ExitCode;
import dev.scimharness.report.Outcome;
import dev.scimharness.report.RunSummary;
import dev.scimharness.report.ScenarioResult;
import dev.scimharness.report.Verdict;
import dev.scimharness.steps.SuiteRun;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Runs the whole conformance suite in this JVM against a stand-in target, as a remote target with a token, and
 * holds a broken one to what a vendor needs: no scenario passes, the run ends within a minute, and it names the
 * one cause.
 */
final class StandInRun {
  static final List<String> SUITE = List.of("features/rfc7643", "features/rfc7644");
  static final long MAX_WALL_MILLIS = 60_000;

  private StandInRun() {}

  /** Every harness setting cleared for the run but the base URL and token. */
  static RunSummary run(String name, String baseUrl, String token) {
    SuiteRun run = SuiteRun.named("standins/" + name).tags("not @wip");
    for (Setting s : Setting.values()) {
      run.property(s.property(), null);
    }
    return run.property(Setting.BASE_URL.property(), baseUrl).property(Setting.TOKEN.property(), token).run(SUITE);
  }

  static RunSummary run(String name, String baseUrl) {
    return run(name, baseUrl, "t");
  }

  /** A run against a broken target, which must end within {@link #MAX_WALL_MILLIS}. */
  static RunSummary against(String name, String baseUrl) {
    long start = System.nanoTime();
    RunSummary run = run(name, baseUrl);
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

  /** The stable ids ({@code @id-…}) and names of the scenarios that ended {@code outcome}. */
  static Set<String> ids(RunSummary run, Outcome outcome) {
    Set<String> out = new TreeSet<>();
    for (ScenarioResult r : run.scenarios()) {
      if (r.status() == outcome) {
        out.add(r.tags().stream().filter(t -> t.startsWith("@id-")).findFirst().orElse("(no id)") + " " + r.name());
      }
    }
    return out;
  }
}
