package dev.scimharness.report;

import java.util.List;

/**
 * Failed scenarios that share one cause: the same first failing expectation ({@code rule}) on the same kind of
 * exchange ({@code family} such as {@code GET /Users?filter}, the {@code status} and {@code scimType} answered).
 * {@code sections} are the RFC section tags of the scenarios it explains, most frequent first; {@code example}
 * is one of their exchanges (redacted), or {@code null}.
 */
public record Finding(String family, String status, String scimType, String rule, List<String> sections,
    String example, List<ScenarioResult> scenarios) {
  public Finding {
    sections = List.copyOf(sections);
    scenarios = List.copyOf(scenarios);
  }

  /** One line for people: {@code GET /Users?filter answers 400 invalidFilter: expected …}. */
  public String title() {
    String answer = status.isEmpty() ? "" : " answers " + status + (scimType == null ? "" : " " + scimType);
    return family + answer + ": " + rule;
  }
}
