package dev.scimharness.simulator;

import dev.scimharness.lint.LintFinding;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** One lifecycle step's outcome, why, and every exchange it made (the harness's own marked as such). */
public record StepResult(LifecycleStep step, Outcome outcome, String reason, List<StepExchange> exchanges) {
  public StepResult {
    reason = reason == null ? "" : reason;
    exchanges = List.copyOf(exchanges);
  }

  public boolean failed() {
    return outcome == Outcome.FAIL;
  }

  /** The exchange that broke the step: the first the IdP or a harness check judged a failure. */
  public Optional<StepExchange> breakingExchange() {
    return exchanges.stream().filter(e -> e.verdict() == Verdict.FAIL).findFirst();
  }

  /** The request-lint rules the IdP's own requests in this step broke. */
  public Set<String> lintRules() {
    Set<String> rules = new LinkedHashSet<>();
    for (StepExchange e : exchanges) {
      if (e.origin() == Origin.IDP) {
        e.lint().stream().map(LintFinding::rule).forEach(rules::add);
      }
    }
    return rules;
  }
}
