package dev.scimharness.conformance;

/**
 * The run gave up on a scenario before it started, because the target stopped answering (or the preflight found
 * it unusable). The scenario is reported {@code not run} with this message.
 */
public final class NotRun extends RuntimeException {
  public NotRun(String reason) {
    super(reason);
  }
}
