package dev.scimharness.report;

import dev.scimharness.simulator.IdpRuns;
import dev.scimharness.simulator.LifecycleResult;
import dev.scimharness.simulator.LifecycleStep;
import dev.scimharness.simulator.StepExchange;
import dev.scimharness.simulator.StepResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The IdP lifecycles of a run ({@code -Dscim.idps}) as results beside the scenarios, so that the summary, the
 * baseline, the waivers and the certificate treat them alike: one per dialect and step, id
 * {@code idp-<dialect>/<step>}. A step the IdP takes and the target breaks is a failure at MUST level (the vendor
 * asked whether that IdP provisions into it); a step the IdP never takes is skipped.
 */
public final class IdpRows {
  static final String TAG = "@idp";
  private static final java.util.regex.Pattern ORIGIN = java.util.regex.Pattern.compile("https?://[^/\\s]+(?=/)");

  private IdpRows() {}

  public static List<ScenarioResult> of(IdpRuns runs) {
    List<ScenarioResult> out = new ArrayList<>();
    if (runs.notRun() != null) {
      for (String d : runs.dialects()) {
        for (LifecycleStep step : LifecycleStep.values()) {
          out.add(row(d, d, step, Outcome.NOT_RUN, runs.notRun(), null, 0));
        }
      }
      return out;
    }
    for (LifecycleResult l : runs.lifecycles()) {
      for (StepResult s : l.steps()) {
        Outcome o = switch (s.outcome()) {
          case PASS -> Outcome.PASSED;
          case FAIL -> Outcome.FAILED;
          case NOT_APPLICABLE -> Outcome.SKIPPED;
          case BLOCKED -> Outcome.BLOCKED;
        };
        Optional<StepExchange> breaking = s.breakingExchange();
        String reason = o == Outcome.PASSED ? null : reason(s, breaking);
        String exchange = o == Outcome.FAILED || o == Outcome.BLOCKED
            ? breaking.map(e -> e.wire().transcript()).orElse(null) : null;
        long millis = Math.round(s.exchanges().stream().mapToDouble(StepExchange::durationMillis).sum());
        out.add(row(l.dialect(), l.dialectTitle(), s.step(), o, reason, exchange, millis));
      }
    }
    return out;
  }

  private static String reason(StepResult s, Optional<StepExchange> breaking) {
    String why = s.reason().isBlank() ? s.outcome().label() : s.reason();
    // The line Findings reads the failing exchange from.
    String text = why + breaking.map(e -> "\n  at " + e.method() + " " + e.url() + " -> "
        + (e.status() == 0 ? "no response" : e.status())).orElse("");
    // Without scheme, host and port, so that a finding keeps its id when the embedded server's port changes.
    return ORIGIN.matcher(text).replaceAll("");
  }

  private static ScenarioResult row(String dialect, String title, LifecycleStep step, Outcome o, String reason,
      String exchange, long millis) {
    // Line 0: a step is not a line of the dialect's file.
    return new ScenarioResult(step.resultId(dialect), step.title(), "IdP " + title, "simulators/" + dialect + ".yaml",
        0, o, List.of(TAG, "@must"), reason, exchange, millis);
  }
}
