package dev.scimharness.server;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that follows its base clock and can be moved forward, so a test lets time pass without waiting for it:
 * the reference server's cursor expiry (RFC 9865 §4 {@code cursorTimeout}), the sigma profile's "few moments".
 */
public final class MovableClock extends Clock {
  private final Clock base;
  private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

  public MovableClock(Clock base) {
    this.base = base;
  }

  public static MovableClock system() {
    return new MovableClock(Clock.systemUTC());
  }

  /** A clock standing still at {@code start} until advanced: for unit tests. */
  public static MovableClock fixed(Instant start) {
    return new MovableClock(Clock.fixed(start, ZoneOffset.UTC));
  }

  public void advance(Duration d) {
    if (d.isNegative()) {
      throw new IllegalArgumentException("time only moves forward");
    }
    offset.accumulateAndGet(d, Duration::plus);
  }

  @Override
  public Instant instant() {
    return base.instant().plus(offset.get());
  }

  @Override
  public ZoneId getZone() {
    return base.getZone();
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("a movable clock keeps its zone");
  }
}
