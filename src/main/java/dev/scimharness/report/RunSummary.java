package dev.scimharness.report;

import java.util.List;

/** The results of one run of the suite against one target. */
public record RunSummary(String target, long wallMillis, List<ScenarioResult> scenarios) {
  public RunSummary {
    scenarios = List.copyOf(scenarios);
  }

  public long count(Outcome o) {
    return scenarios.stream().filter(s -> s.status() == o).count();
  }

  public long count(Outcome o, Level level) {
    return scenarios.stream().filter(s -> s.status() == o && s.level() == level).count();
  }

  public List<ScenarioResult> failures() {
    return scenarios.stream().filter(s -> s.status() == Outcome.FAILED).toList();
  }

  /** The closing console line: {@code N passed, N failed, N skipped}. */
  public String countsLine() {
    return count(Outcome.PASSED) + " passed, " + count(Outcome.FAILED) + " failed, " + count(Outcome.SKIPPED)
        + " skipped";
  }

  public String wallTime() {
    return String.format(java.util.Locale.ROOT, "%.1f s", wallMillis / 1000.0);
  }
}
