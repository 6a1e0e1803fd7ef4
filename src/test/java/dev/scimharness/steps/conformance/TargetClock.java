package dev.scimharness.steps.conformance;

import java.time.Duration;
import java.util.function.Predicate;

/**
 * Who moves the clock of a target the suite reaches over HTTP but whose server runs in this JVM: the mutation
 * audit's proxy sits before an embedded reference server, so a {@code @clock} scenario moves that server's clock
 * instead of waiting out its cursorTimeout.
 */
public final class TargetClock {
  private static volatile Predicate<Duration> delegate = d -> false;

  private TargetClock() {}

  public static void delegateTo(Predicate<Duration> advance) {
    delegate = advance;
  }

  public static void clear() {
    delegate = d -> false;
  }

  static boolean advance(Duration d) {
    return delegate.test(d);
  }
}
