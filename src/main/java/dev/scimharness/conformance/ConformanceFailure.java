package dev.scimharness.conformance;

/**
 * An expectation of the RFC that the target did not meet. The message states the expectation and what came
 * instead, so a report reader needs nothing else to understand it.
 */
public final class ConformanceFailure extends AssertionError {
  public ConformanceFailure(String message) {
    super(message);
  }
}
