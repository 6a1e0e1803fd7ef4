package dev.scimharness.report;

/**
 * What happened to the run as a whole, apart from its scenarios: why the preflight refused the target, since when
 * the run gave up on it, the prefix of every name the run gave its resources (for a later sweep) and what the
 * sweep at its end did. Each is {@code null} when it does not apply.
 */
public record RunNotes(String preflightFailure, String gaveUp, String namePrefix, String sweep) {
  public static final RunNotes NONE = new RunNotes(null, null, null, null);

  public boolean preflightFailed() {
    return preflightFailure != null;
  }
}
