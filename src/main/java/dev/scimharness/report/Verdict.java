package dev.scimharness.report;

import dev.scimharness.requirements.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Whether a run fails the build. A failed {@code @must} scenario does, and with a baseline so does any regression;
 * {@code @should} and {@code @may} failures are reported and let the build pass. A run without such failures still
 * does not pass when it says too little: the preflight refused the target, the run gave up on it, no scenario
 * executed, or more than {@value #MAX_BLOCKED_PERCENT}% of the MUST scenarios were blocked. A waived failure does
 * not fail it; a waiver past its date, or one that waived nothing, does ({@code waiverProblems}).
 */
public record Verdict(
    List<ScenarioResult> mustFailures,
    List<ScenarioResult> regressions,
    List<ScenarioResult> fixed,
    List<String> inconclusive,
    String preflightFailure,
    List<String> waiverProblems) {
  public static final int MAX_BLOCKED_PERCENT = 10;

  public Verdict {
    mustFailures = List.copyOf(mustFailures);
    regressions = List.copyOf(regressions);
    fixed = List.copyOf(fixed);
    inconclusive = List.copyOf(inconclusive);
    waiverProblems = List.copyOf(waiverProblems);
  }

  public static Verdict of(RunSummary run, Optional<Baseline> baseline) {
    return of(run, baseline, List.of());
  }

  /** {@code run} with its waivers already applied; {@code waiverProblems} from {@link Waivers#problems}. */
  public static Verdict of(RunSummary run, Optional<Baseline> baseline, List<String> waiverProblems) {
    List<ScenarioResult> must = run.failures().stream().filter(s -> s.level() == Level.MUST).toList();
    return new Verdict(must, baseline.map(b -> b.regressions(run)).orElse(List.of()),
        baseline.map(b -> b.fixed(run)).orElse(List.of()), inconclusive(run), run.notes().preflightFailure(),
        waiverProblems);
  }

  private static List<String> inconclusive(RunSummary run) {
    List<String> why = new ArrayList<>();
    long executed = run.scenarios().size() - run.count(Outcome.SKIPPED) - run.count(Outcome.NOT_RUN);
    if (executed == 0) {
      why.add(run.scenarios().isEmpty() ? "no scenario ran" : "no scenario executed (all skipped or not run)");
    }
    long mustRun = run.scenarios().stream()
        .filter(s -> s.level() == Level.MUST && s.status() != Outcome.SKIPPED && s.status() != Outcome.NOT_RUN).count();
    long mustBlocked = run.count(Outcome.BLOCKED, Level.MUST);
    if (mustBlocked * 100 > mustRun * MAX_BLOCKED_PERCENT && mustBlocked > 0) {
      why.add(mustBlocked + " of " + mustRun + " MUST scenarios blocked (over " + MAX_BLOCKED_PERCENT + "%)");
    }
    long notRun = run.count(Outcome.NOT_RUN);
    if (notRun > 0 && run.notes().preflightFailure() == null) {
      why.add(notRun + " scenario(s) not run" + (run.notes().gaveUp() == null ? "" : ": " + run.notes().gaveUp()));
    }
    return why;
  }

  public ExitCode exitCode() {
    if (preflightFailure != null) {
      return ExitCode.PREFLIGHT_FAILED;
    }
    if (!mustFailures.isEmpty() || !regressions.isEmpty() || !waiverProblems.isEmpty()) {
      return ExitCode.MUST_FAILURES;
    }
    return inconclusive.isEmpty() ? ExitCode.PASS : ExitCode.INCONCLUSIVE;
  }

  public boolean passes() {
    return exitCode() == ExitCode.PASS;
  }

  /** {@code pass}, {@code FAIL}, {@code INCONCLUSIVE} or {@code PREFLIGHT FAILED}: the word reports lead with. */
  public String word() {
    return switch (exitCode()) {
      case PASS -> "pass";
      case MUST_FAILURES -> "FAIL";
      case INCONCLUSIVE -> "INCONCLUSIVE";
      case PREFLIGHT_FAILED -> "PREFLIGHT FAILED";
      case USAGE_ERROR -> "USAGE ERROR";
    };
  }

  public String explain() {
    if (preflightFailure != null) {
      return "preflight failed, no scenario ran: " + preflightFailure;
    }
    if (passes()) {
      return "no MUST scenario failed" + (fixed.isEmpty() ? "" : "; " + fixed.size() + " scenario(s) now pass that failed in the baseline");
    }
    List<String> parts = new ArrayList<>();
    if (!mustFailures.isEmpty()) {
      parts.add(mustFailures.size() + " MUST scenario(s) failed");
    }
    if (!regressions.isEmpty()) {
      parts.add(regressions.size() + " scenario(s) passed in the baseline and fail or are blocked now");
    }
    parts.addAll(waiverProblems);
    parts.addAll(inconclusive);
    return String.join("; ", parts);
  }
}
