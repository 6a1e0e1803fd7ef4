package dev.scimharness.simulator;

import java.time.Duration;

/** Waits between retries; tests substitute one that records the waits instead of taking them. */
@FunctionalInterface
public interface Sleeper {
  Sleeper REAL = d -> Thread.sleep(d.toMillis());

  void sleep(Duration d) throws InterruptedException;
}
