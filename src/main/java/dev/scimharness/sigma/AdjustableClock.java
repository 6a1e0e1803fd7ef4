package dev.scimharness.sigma;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that follows its base clock and can be moved forward, so a test can let "a few moments" pass without
 * waiting for them.
 */
public final class AdjustableClock extends Clock {
  private final Clock base;
  private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

  public AdjustableClock(Clock base) {
    this.base = base;
  }

  public static AdjustableClock system() {
    return new AdjustableClock(Clock.systemUTC());
  }

  /** A clock standing still at {@code start} until advanced: for unit tests. */
  public static AdjustableClock fixed(Instant start) {
    return new AdjustableClock(Clock.fixed(start, ZoneOffset.UTC));
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
    throw new UnsupportedOperationException("an adjustable clock keeps its zone");
  }
}
