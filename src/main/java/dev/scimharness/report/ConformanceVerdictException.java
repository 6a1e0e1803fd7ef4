package dev.scimharness.report;

/** Ends the conformance build when a MUST scenario failed or a scenario regressed against the baseline. */
public final class ConformanceVerdictException extends RuntimeException {
  public ConformanceVerdictException(String message) {
    super(message, null, false, false);
  }
}
