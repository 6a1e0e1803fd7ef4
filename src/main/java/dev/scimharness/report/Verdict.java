package dev.scimharness.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Whether a run fails the build: a failed {@code @must} scenario does, and with a baseline so does any
 * regression. {@code @should} and {@code @may} failures are reported and let the build pass.
 */
public record Verdict(List<ScenarioResult> mustFailures, List<ScenarioResult> regressions, List<ScenarioResult> fixed) {
  public Verdict {
    mustFailures = List.copyOf(mustFailures);
    regressions = List.copyOf(regressions);
    fixed = List.copyOf(fixed);
  }

  public static Verdict of(RunSummary run, Optional<Baseline> baseline) {
    List<ScenarioResult> must = new ArrayList<>();
    for (ScenarioResult s : run.failures()) {
      if (s.level() == Level.MUST) {
        must.add(s);
      }
    }
    return new Verdict(must, baseline.map(b -> b.regressions(run)).orElse(List.of()),
        baseline.map(b -> b.fixed(run)).orElse(List.of()));
  }

  public boolean passes() {
    return mustFailures.isEmpty() && regressions.isEmpty();
  }

  public String explain() {
    if (passes()) {
      return "no MUST scenario failed" + (fixed.isEmpty() ? "" : "; " + fixed.size() + " scenario(s) now pass that failed in the baseline");
    }
    List<String> parts = new ArrayList<>();
    if (!mustFailures.isEmpty()) {
      parts.add(mustFailures.size() + " MUST scenario(s) failed");
    }
    if (!regressions.isEmpty()) {
      parts.add(regressions.size() + " scenario(s) passed in the baseline and fail now");
    }
    return String.join("; ", parts);
  }
}
