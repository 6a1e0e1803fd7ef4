package dev.scimharness.fuzz;

import java.util.List;

/**
 * What one try showed: the rules it broke, the choices the target made where the RFC allows several answers
 * ({@code "PATCH answers 204"}, {@code "refuses the filter operator ew"}), and an outcome label for the
 * statistics ({@code applied}, {@code no-op}, {@code refused 400 noTarget}).
 */
public record TryResult(List<Violation> violations, List<String> choices, String outcome) {
  public TryResult {
    violations = List.copyOf(violations);
    choices = List.copyOf(choices);
  }

  public boolean failed() {
    return !violations.isEmpty();
  }

  /** The rule a shrunk case must still break to count as the same failure. */
  public Rule firstRule() {
    return violations.isEmpty() ? null : violations.get(0).rule();
  }
}
