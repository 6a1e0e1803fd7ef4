package dev.scimharness.report;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A committed earlier run: a scenario that passed there and fails (or is blocked) now is a regression and fails
 * the build whatever its level; one that failed there and passes now is reported as fixed. Scenarios are matched
 * by their stable id ({@code @id-…} tag); a baseline written before those ids matches by {@code uri::name}.
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
        .filter(s -> (s.status() == Outcome.FAILED || s.status() == Outcome.BLOCKED) && before(s) == Outcome.PASSED)
        .toList();
  }

  public List<ScenarioResult> fixed(RunSummary now) {
    return now.scenarios().stream().filter(s -> s.status() == Outcome.PASSED && before(s) == Outcome.FAILED).toList();
  }

  private Outcome before(ScenarioResult s) {
    Outcome o = outcomes.get(s.id());
    if (o == null) {
      o = outcomes.get(s.legacyId());
    }
    if (o == null) {
      // Outline rows that shared a name were told apart by their line.
      o = outcomes.get(s.legacyId() + "#" + s.line());
    }
    return o;
  }
}
