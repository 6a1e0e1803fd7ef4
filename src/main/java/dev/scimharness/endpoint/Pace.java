package dev.scimharness.endpoint;

import java.util.concurrent.locks.LockSupport;

/**
 * A cap on the requests per second one client sends ({@code scim.rps}), so a vendor's rate limit is respected
 * rather than turned into failures. Requests are spaced evenly: each takes the next free slot and waits for it.
 */
public final class Pace {
  public static final Pace NONE = new Pace(0);
  private final long intervalNanos;
  private long nextSlot;

  /** {@code perSecond} ≤ 0: no cap. */
  public Pace(double perSecond) {
    this.intervalNanos = perSecond <= 0 ? 0 : (long) (1_000_000_000L / perSecond);
  }

  /** Takes the next free slot at {@code now} (nanoseconds) and says how long to wait for it. */
  synchronized long reserve(long now) {
    if (intervalNanos == 0) {
      return 0;
    }
    long slot = Math.max(now, nextSlot);
    nextSlot = slot + intervalNanos;
    return slot - now;
  }

  /** Waits until this request may go. */
  public void acquire() {
    if (intervalNanos == 0) {
      return;
    }
    long wait = reserve(System.nanoTime());
    while (wait > 0 && !Thread.currentThread().isInterrupted()) {
      long until = System.nanoTime() + wait;
      LockSupport.parkNanos(wait);
      wait = until - System.nanoTime();
    }
  }
}
