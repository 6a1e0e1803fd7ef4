package dev.scimharness.simulator;

import java.util.ArrayList;
import java.util.List;

/** The exchanges of one step as they happen, the IdP's and the harness's interleaved. */
final class StepLog {
  final LifecycleStep step;
  private final List<Exchange> exchanges = new ArrayList<>();

  StepLog(LifecycleStep step) {
    this.step = step;
  }

  void add(List<Exchange> more) {
    exchanges.addAll(more);
  }

  List<Exchange> exchanges() {
    return List.copyOf(exchanges);
  }

  StepResult result(Outcome outcome, String reason) {
    return new StepResult(step, outcome, reason, exchanges);
  }
}
