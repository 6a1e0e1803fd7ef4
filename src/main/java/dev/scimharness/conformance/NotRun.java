package dev.scimharness.conformance;

import org.opentest4j.TestAbortedException;

/**
 * The run gave up on a scenario before it started, because the target stopped answering (or the preflight found
 * it unusable). The scenario is reported {@code not run} with this message. An aborted test to Cucumber and JUnit,
 * so their own reports do not list hundreds of failures for one unreachable target.
 */
public final class NotRun extends TestAbortedException {
  public NotRun(String reason) {
    super(reason);
  }
}
