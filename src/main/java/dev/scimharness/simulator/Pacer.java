package dev.scimharness.simulator;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Spreads request starts evenly at a rate shared by every connection: each caller takes the next slot
 * ({@code start + n / rate}) and waits for it. A rate of 0 never waits.
 */
public final class Pacer {
  public static final Pacer NONE = new Pacer(0);

  private final double rate;
  private final AtomicLong slots = new AtomicLong();
  private volatile long start = System.nanoTime();

  public Pacer(double rate) {
    this.rate = rate;
  }

  public void restart() {
    slots.set(0);
    start = System.nanoTime();
  }

  public void acquire() throws InterruptedException {
    if (rate <= 0) {
      return;
    }
    long slot = slots.getAndIncrement();
    long due = start + (long) (slot * 1_000_000_000L / rate);
    long wait = due - System.nanoTime();
    if (wait > 0) {
      Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
    }
  }
}
