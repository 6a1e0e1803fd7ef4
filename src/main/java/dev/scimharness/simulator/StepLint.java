package dev.scimharness.simulator;

import dev.scimharness.lint.LintFinding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Which RFC rules an IdP's requests in one step break, according to the reference server's request lint.
 * A strict server that refuses a request may record no finding for it; then the same step against a lenient
 * server (which accepts the request and lints it) names the rule, and {@code source} says so.
 *
 * @param source empty when the findings are the step's own, else where they come from
 */
public record StepLint(List<LintFinding> findings, String source) {
  public StepLint {
    findings = List.copyOf(findings);
    source = source == null ? "" : source;
  }

  /** The findings on the IdP's own requests in the step, one per rule. */
  public static StepLint own(StepResult step) {
    Map<String, LintFinding> byRule = new LinkedHashMap<>();
    for (StepExchange e : step.exchanges()) {
      if (e.origin() == Origin.IDP) {
        e.lint().forEach(f -> byRule.putIfAbsent(f.rule(), f));
      }
    }
    return new StepLint(new ArrayList<>(byRule.values()), "");
  }

  /** The step's own findings, or, when it has none, those of the same step run where {@code label} says. */
  public static StepLint of(StepResult step, Supplier<Optional<StepResult>> sameStepElsewhere, String label) {
    StepLint own = own(step);
    if (!own.findings.isEmpty()) {
      return own;
    }
    return sameStepElsewhere.get().map(StepLint::own).filter(l -> !l.findings.isEmpty())
        .map(l -> new StepLint(l.findings, "the same requests against the " + label))
        .orElse(own);
  }

  public List<String> rules() {
    return findings.stream().map(LintFinding::rule).toList();
  }
}
