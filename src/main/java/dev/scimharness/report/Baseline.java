package dev.scimharness.report;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A committed earlier run: a scenario that passed there and fails now is a regression and fails the build
 * whatever its level; one that failed there and passes now is reported as fixed.
 */
public record Baseline(Map<String, Outcome> outcomes) {
  public Baseline {
    outcomes = Map.copyOf(outcomes);
  }

  public static Baseline of(RunSummary earlier) {
    Map<String, Outcome> m = new HashMap<>();
    earlier.scenarios().forEach(s -> m.put(s.id(), s.status()));
    return new Baseline(m);
  }

  public List<ScenarioResult> regressions(RunSummary now) {
    return now.scenarios().stream()
        .filter(s -> s.status() == Outcome.FAILED && outcomes.get(s.id()) == Outcome.PASSED).toList();
  }

  public List<ScenarioResult> fixed(RunSummary now) {
    return now.scenarios().stream()
        .filter(s -> s.status() == Outcome.PASSED && outcomes.get(s.id()) == Outcome.FAILED).toList();
  }
}
