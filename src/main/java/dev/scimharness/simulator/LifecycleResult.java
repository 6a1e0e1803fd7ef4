package dev.scimharness.simulator;

import java.util.List;
import java.util.Optional;

/** One dialect's lifecycle against one target: a row of the interop matrix. */
public record LifecycleResult(String dialect, String dialectTitle, String target, List<StepResult> steps,
                              List<StepExchange> cleanup) {
  public LifecycleResult {
    steps = List.copyOf(steps);
    cleanup = cleanup == null ? List.of() : List.copyOf(cleanup);
  }

  public Optional<StepResult> step(LifecycleStep s) {
    return steps.stream().filter(r -> r.step() == s).findFirst();
  }

  public boolean anyFailed() {
    return steps.stream().anyMatch(r -> r.outcome() == Outcome.FAIL || r.outcome() == Outcome.BLOCKED);
  }

  public List<StepResult> failures() {
    return steps.stream().filter(r -> r.outcome() == Outcome.FAIL || r.outcome() == Outcome.BLOCKED).toList();
  }
}
