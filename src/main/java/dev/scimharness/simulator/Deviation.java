package dev.scimharness.simulator;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.util.List;
import java.util.Objects;

/**
 * A documented place where an IdP departs from RFC 7644: the lifecycle step that sends it, the request-lint
 * rule of the reference server that names it, and where the behaviour is documented: the URLs of the vendor page or
 * the public tracker entries that show the request.
 */
public record Deviation(
    String step,
    String rule,
    String detail,
    @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> source) {
  public Deviation {
    Objects.requireNonNull(step, "deviation.step");
    Objects.requireNonNull(rule, "deviation.rule");
    LifecycleStep.of(step);
    detail = detail == null ? "" : detail;
    source = source == null ? List.of() : List.copyOf(source);
  }

  public LifecycleStep lifecycleStep() {
    return LifecycleStep.of(step);
  }
}
