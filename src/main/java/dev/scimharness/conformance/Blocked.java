package dev.scimharness.conformance;

import org.opentest4j.TestAbortedException;

/**
 * A scenario could not get to its check: its set-up failed (creating the fixtures it needs, a capability probe).
 * The scenario is reported {@code blocked} with this message, never {@code failed}: it has said nothing about the
 * requirement it checks, and the cause belongs to whatever requirement the set-up leans on. An aborted test to
 * Cucumber and JUnit for the same reason: not a failure.
 */
public final class Blocked extends TestAbortedException {
  public Blocked(String reason) {
    super(reason);
  }

  public Blocked(String reason, Throwable cause) {
    super(reason, cause);
  }
}
