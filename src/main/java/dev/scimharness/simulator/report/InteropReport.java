package dev.scimharness.simulator.report;

import dev.scimharness.simulator.LifecycleResult;
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

  public String title(String dialect) {
    return lifecycles.stream().filter(l -> l.dialect().equals(dialect)).map(LifecycleResult::dialectTitle)
        .findFirst().orElse(dialect);
  }
}
