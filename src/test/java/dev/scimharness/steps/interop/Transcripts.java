package dev.scimharness.steps.interop;

import dev.scimharness.endpoint.Exchange;
import dev.scimharness.simulator.StepExchange;
import dev.scimharness.simulator.StepResult;
import java.util.stream.Collectors;

/** A step result as text for assertion messages and scenario attachments: reason, lint, breaking exchange. */
final class Transcripts {
  private Transcripts() {}

  static String of(StepResult r) {
    StringBuilder sb = new StringBuilder(r.step().id()).append(": ").append(r.outcome().label());
    if (!r.reason().isEmpty()) {
      sb.append(" — ").append(r.reason());
    }
    if (!r.lintRules().isEmpty()) {
      sb.append("\nrequest lint: ").append(String.join(", ", r.lintRules()));
    }
    r.breakingExchange().ifPresent(e -> sb.append('\n').append(exchange(e)));
    return sb.toString();
  }

  static String exchange(StepExchange step) {
    Exchange e = step.wire();
    return e.method() + " " + e.uri() + "\n"
        + e.requestHeaders().entrySet().stream().map(h -> h.getKey() + ": " + h.getValue())
            .collect(Collectors.joining("\n"))
        + (e.requestBody().isEmpty() ? "" : "\n\n" + e.requestBody())
        + "\n→ " + (e.status() == 0 ? "no answer" : e.status()) + "\n" + e.responseBody();
  }
}
