package dev.scimharness.steps.conformance;

import io.cucumber.java.After;
import io.cucumber.java.Before;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Scenarios run four at a time, and the target's clock is one for all of them: a scenario that lets a cursor
 * expire (RFC 9865 §4 {@code cursorTimeout}) would expire the cursors of every walk running beside it. So a
 * scenario tagged {@code @clock} runs alone among the {@code @cursor} scenarios: they share the lock, it takes it
 * whole, from its first hook to its last.
 */
public final class ClockGuard {
  static final String TAG = "@clock";
  private static final ReentrantReadWriteLock LOCK = new ReentrantReadWriteLock(true);

  private ReentrantReadWriteLock.ReadLock read;
  private boolean exclusive;

  @Before(value = "@clock", order = 5)
  public void alone() {
    LOCK.writeLock().lock();
    exclusive = true;
  }

  @Before(value = "@cursor and not @clock", order = 5)
  public void besideOthers() {
    read = LOCK.readLock();
    read.lock();
  }

  @After(order = 20)
  public void release() {
    if (exclusive) {
      exclusive = false;
      LOCK.writeLock().unlock();
    }
    if (read != null) {
      read.unlock();
      read = null;
    }
  }

  boolean exclusive() {
    return exclusive;
  }
}
