package dev.scimharness.report;

import dev.scimharness.fuzz.Counterexample;
import dev.scimharness.fuzz.FuzzKind;
import dev.scimharness.fuzz.FuzzReport;
import dev.scimharness.fuzz.KindResult;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A run's fuzz ({@code -Dscim.fuzz}) as results beside the scenarios, one per kind, id {@code fuzz-<kind>}: a try
 * that breaks a rule every conformant server holds fails its kind at MUST level, as it fails the build; a kind
 * whose tries could not even set up is blocked; a fuzz that could not run is not run.
 */
public final class FuzzRows {
  private FuzzRows() {}

  public static List<ScenarioResult> of(FuzzReport report, List<FuzzKind> asked) {
    if (report.notRun() != null) {
      return asked.stream().map(k -> row(k, Outcome.NOT_RUN, "fuzz did not run: " + report.notRun(), null, 0))
          .toList();
    }
    return report.kinds().stream().map(FuzzRows::row).toList();
  }

  private static ScenarioResult row(KindResult k) {
    long millis = Math.round(k.seconds() * 1000);
    if (k.failed() > 0) {
      Counterexample c = k.counterexample();
      String rules = k.rules().entrySet().stream().map(e -> e.getKey() + " ×" + e.getValue())
          .collect(Collectors.joining(", "));
      String first = c == null ? "" : "; first failing try " + c.tryIndex() + ", shrunk: " + c.violations().stream()
          .map(v -> v.rule().name() + ": " + v.detail()).collect(Collectors.joining("; "))
          + (c.scriptFile() == null ? "" : " (replay: " + c.scriptFile() + ")");
      return row(k.kind(), Outcome.FAILED, k.failed() + " of " + k.tries() + " tries failed (" + rules + ")" + first,
          c == null ? null : c.script(), millis);
    }
    if (k.tries() > 0 && k.setUpFailed() >= k.tries()) {
      return row(k.kind(), Outcome.BLOCKED, "the set-up of every one of " + k.tries() + " tries failed", null, millis);
    }
    return row(k.kind(), Outcome.PASSED, null, null, millis);
  }

  private static ScenarioResult row(FuzzKind kind, Outcome o, String reason, String exchange, long millis) {
    return new ScenarioResult(kind.resultId(), "fuzz " + kind.wire(), "Fuzz", "fuzz/" + kind.wire(), 0,
        o, List.of("@fuzz", "@must", section(kind)), reason, exchange, millis);
  }

  // What each kind generates, as docs/fuzzing.md cites it.
  private static String section(FuzzKind kind) {
    return switch (kind) {
      case PATCH -> "@rfc7644-3.5.2";
      case FILTER -> "@rfc7644-3.4.2.2";
      case LIFECYCLE -> "@rfc7643-4.2";
    };
  }
}
