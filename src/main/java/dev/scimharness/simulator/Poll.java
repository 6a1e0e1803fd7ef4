package dev.scimharness.simulator;

import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Polls until a condition holds or a deadline passes, for changes a provider says take "a few moments".
 * Returns the last value seen, whether or not it satisfied the condition.
 */
public final class Poll {
  private Poll() {}

  public static <T> T until(Supplier<T> probe, Predicate<T> done, Duration deadline, Duration interval) {
    long end = System.nanoTime() + deadline.toNanos();
    while (true) {
      T value = probe.get();
      if (done.test(value) || System.nanoTime() >= end) {
        return value;
      }
      try {
        Thread.sleep(Math.max(1, Math.min(interval.toMillis(), (end - System.nanoTime()) / 1_000_000)));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return value;
      }
    }
  }
}
