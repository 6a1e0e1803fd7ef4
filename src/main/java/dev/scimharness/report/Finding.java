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

  /**
   * A stable id for waivers, {@code f-} and eight hex digits of the SHA-1 of what the finding is (family, status,
   * scimType, rule): the same defect keeps its id from one run to the next, whichever scenarios show it.
   */
  public String id() {
    try {
      byte[] h = java.security.MessageDigest.getInstance("SHA-1").digest((family + "\n" + status + "\n"
          + (scimType == null ? "" : scimType) + "\n" + rule).getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return "f-" + java.util.HexFormat.of().formatHex(h, 0, 4);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** One line for people: {@code GET /Users?filter answers 400 invalidFilter: expected …}. */
  public String title() {
    String answer = status.isEmpty() ? "" : " answers " + status + (scimType == null ? "" : " " + scimType);
    return family + answer + ": " + rule;
  }
}
