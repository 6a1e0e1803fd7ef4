package dev.scimharness.sigma.harness;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Polling with a deadline, for what Sigma shows "a few moments" after the IdP's request: probe, and probe again
 * after a short pause until the answer is the awaited one or the deadline passes. The caller asserts on what it
 * gets back, so a timeout fails with the last thing seen.
 */
public final class Eventually {
  private static final Duration PAUSE = Duration.ofMillis(50);

  private Eventually() {}

  public static <T> T within(Duration timeout, Supplier<T> probe, Predicate<T> done) {
    long deadline = System.nanoTime() + timeout.toNanos();
    T seen = probe.get();
    while (!done.test(seen) && System.nanoTime() < deadline) {
      LockSupport.parkNanos(PAUSE.toNanos());
      seen = probe.get();
    }
    return seen;
  }
}
