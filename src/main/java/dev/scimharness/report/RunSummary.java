package dev.scimharness.report;

import dev.scimharness.requirements.Level;
import java.util.List;

/** The results of one run of the suite against one target, and what happened to the run as a whole. */
public record RunSummary(String target, long wallMillis, List<ScenarioResult> scenarios, RunNotes notes) {
  public RunSummary {
    scenarios = List.copyOf(scenarios);
    notes = notes == null ? RunNotes.NONE : notes;
  }

  public RunSummary(String target, long wallMillis, List<ScenarioResult> scenarios) {
    this(target, wallMillis, scenarios, RunNotes.NONE);
  }

  public long count(Outcome o) {
    return scenarios.stream().filter(s -> s.status() == o).count();
  }

  public long count(Outcome o, Level level) {
    return scenarios.stream().filter(s -> s.status() == o && s.level() == level).count();
  }

  /** Failed scenarios only: blocked and not-run ones said nothing about their requirement. */
  public List<ScenarioResult> failures() {
    return scenarios.stream().filter(s -> s.status() == Outcome.FAILED).toList();
  }

  /**
   * The closing console line: {@code N passed, N failed, N skipped, N blocked}, then {@code , N not run} and
   * {@code , N waived} when any. CI systems read {@code N passed, N failed} at its start, so that part never moves.
   */
  public String countsLine() {
    long notRun = count(Outcome.NOT_RUN);
    long waived = count(Outcome.WAIVED);
    return count(Outcome.PASSED) + " passed, " + count(Outcome.FAILED) + " failed, " + count(Outcome.SKIPPED)
        + " skipped, " + count(Outcome.BLOCKED) + " blocked" + (notRun > 0 ? ", " + notRun + " not run" : "")
        + (waived > 0 ? ", " + waived + " waived" : "");
  }

  public String wallTime() {
    return String.format(java.util.Locale.ROOT, "%.1f s", wallMillis / 1000.0);
  }
}
