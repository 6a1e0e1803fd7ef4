package dev.scimharness.simulator.report;

import dev.scimharness.simulator.LifecycleResult;
import dev.scimharness.simulator.StepLint;
import dev.scimharness.simulator.StepResult;
import dev.scimharness.simulator.WorkloadResult;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Everything an interop report shows: one lifecycle per dialect and target, and any throughput runs. */
public record InteropReport(Instant generated, List<LifecycleResult> lifecycles, List<WorkloadResult> workloads) {
  public InteropReport {
    lifecycles = List.copyOf(lifecycles);
    workloads = workloads == null ? List.of() : List.copyOf(workloads);
  }

  public List<String> dialects() {
    Set<String> out = new LinkedHashSet<>();
    lifecycles.forEach(l -> out.add(l.dialect()));
    return new ArrayList<>(out);
  }

  public List<String> targets() {
    Set<String> out = new LinkedHashSet<>();
    lifecycles.forEach(l -> out.add(l.target()));
    return new ArrayList<>(out);
  }

  public Optional<LifecycleResult> find(String dialect, String target) {
    return lifecycles.stream().filter(l -> l.dialect().equals(dialect) && l.target().equals(target)).findFirst();
  }

  /**
   * The lint of a step; when the step has none (a strict server refused the request before linting it), the
   * lint of the same dialect and step against another target of this report that has some.
   */
  public StepLint lint(LifecycleResult l, StepResult s) {
    return StepLint.of(s, () -> lifecycles.stream()
        .filter(o -> o.dialect().equals(l.dialect()) && !o.target().equals(l.target()))
        .flatMap(o -> o.step(s.step()).stream())
        .filter(o -> !StepLint.own(o).findings().isEmpty())
        .findFirst(), lifecycles.stream()
        .filter(o -> o.dialect().equals(l.dialect()) && !o.target().equals(l.target())
            && o.step(s.step()).map(x -> !StepLint.own(x).findings().isEmpty()).orElse(false))
        .map(LifecycleResult::target).findFirst().orElse("another target"));
  }

  public String title(String dialect) {
    return lifecycles.stream().filter(l -> l.dialect().equals(dialect)).map(LifecycleResult::dialectTitle)
        .findFirst().orElse(dialect);
  }
}
