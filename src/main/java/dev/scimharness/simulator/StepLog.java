package dev.scimharness.simulator;

import dev.scimharness.endpoint.Redactor;
import java.util.ArrayList;
import java.util.List;

/**
 * The exchanges of one step as they happen, the IdP's and the harness's interleaved. Reasons are often made
 * from what the target answered, which may echo a secret: they are redacted as they are recorded.
 */
final class StepLog {
  final LifecycleStep step;
  private final Redactor redactor;
  private final List<StepExchange> exchanges = new ArrayList<>();

  StepLog(LifecycleStep step, Redactor redactor) {
    this.step = step;
    this.redactor = redactor;
  }

  void add(List<StepExchange> more) {
    more.forEach(e -> exchanges.add(e.judged(e.verdict(), redactor.text(e.reason()))));
  }

  List<StepExchange> exchanges() {
    return List.copyOf(exchanges);
  }

  StepResult result(Outcome outcome, String reason) {
    return new StepResult(step, outcome, redactor.text(reason), exchanges);
  }
}
