package dev.scimharness.report;

/** How one scenario ended. Anything that is neither passed nor skipped counts as failed. */
public enum Outcome {
  PASSED,
  FAILED,
  SKIPPED;

  public String word() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
