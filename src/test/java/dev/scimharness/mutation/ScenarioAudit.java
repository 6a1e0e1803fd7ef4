package dev.scimharness.mutation;

import dev.scimharness.report.Outcome;
import java.util.List;

/**
 * What the audit found for one scenario: the mutants it ran and which killed it. {@code clean} is the outcome of
 * its clean run through the proxy; a scenario that did not pass there is not audited.
 */
record ScenarioAudit(String id, int line, String name, String feature, String level, Outcome clean, int generated,
    List<Result> results, long millis) {

  /**
   * One mutant's run: killed when the scenario failed or was blocked where its clean run passed (a skip says
   * nothing of what it checks); not applied when the mutant's exchange never came.
   */
  record Result(Mutant mutant, Outcome outcome, boolean applied, String equivalentReason) {
    boolean killed() {
      return outcome == Outcome.FAILED || outcome == Outcome.BLOCKED;
    }
  }

  ScenarioAudit {
    results = List.copyOf(results);
  }

  long killed() {
    return results.stream().filter(Result::killed).count();
  }

  /** Survivors that no equivalence entry explains. */
  List<Result> survivors() {
    return results.stream().filter(r -> !r.killed() && r.equivalentReason() == null).toList();
  }

  boolean audited() {
    return clean == Outcome.PASSED && !results.isEmpty();
  }

  boolean isKilled() {
    return killed() > 0;
  }
}
