package dev.scimharness.simulator;

import dev.scimharness.endpoint.Exchange;
import dev.scimharness.lint.LintFinding;
import java.util.List;

/**
 * One exchange of a lifecycle step: the wire facts, redacted, and what the simulator adds to them.
 *
 * @param purpose what the request was for ("lookup", "create", "check: member present", …)
 * @param attempt 1 for the first try, then one more per retry
 * @param wire the request and its answer as reports show them; status 0 when no answer came
 * @param verdict {@code null} until judged
 * @param lint what the target's request lint said about this request, when the target is the reference
 *     server (empty otherwise)
 */
public record StepExchange(
    String step,
    String purpose,
    Origin origin,
    int attempt,
    Exchange wire,
    Verdict verdict,
    String reason,
    List<LintFinding> lint) {

  public StepExchange {
    reason = reason == null ? "" : reason;
    lint = lint == null ? List.of() : List.copyOf(lint);
  }

  public StepExchange judged(Verdict v, String why) {
    return new StepExchange(step, purpose, origin, attempt, wire, v, why, lint);
  }

  public int status() {
    return wire.status();
  }

  public String method() {
    return wire.method();
  }

  public String url() {
    return wire.uri();
  }

  /** Why no answer came, {@code null} when one did. */
  public String error() {
    return wire.error();
  }

  public String responseHeader(String name) {
    return wire.responseHeader(name);
  }

  public long durationMicros() {
    return wire.duration().toNanos() / 1_000;
  }

  public double durationMillis() {
    return durationMicros() / 1000.0;
  }
}
