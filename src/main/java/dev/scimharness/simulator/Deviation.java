package dev.scimharness.simulator;

import java.util.Objects;

/**
 * A documented place where an IdP departs from RFC 7644: the lifecycle step that sends it, the request-lint
 * rule of the reference server that names it, and where the behaviour is documented.
 */
public record Deviation(String step, String rule, String detail, String source) {
  public Deviation {
    Objects.requireNonNull(step, "deviation.step");
    Objects.requireNonNull(rule, "deviation.rule");
    LifecycleStep.of(step);
    detail = detail == null ? "" : detail;
    source = source == null ? "" : source;
  }

  public LifecycleStep lifecycleStep() {
    return LifecycleStep.of(step);
  }
}
