package dev.scimharness.record;

import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ServeEventListener;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Matches one request at a time. WireMock finds the stub for a request and then moves its scenario to the next
 * state as two steps, so two identical requests sent at once (a scenario's concurrent creates) could both be given
 * the first answer; one lock from before the match until after it keeps the recorded order.
 */
final class SerialMatching implements ServeEventListener {
  private final ReentrantLock lock = new ReentrantLock(true);

  @Override
  public String getName() {
    return "scim-harness-serial-matching";
  }

  @Override
  public boolean applyGlobally() {
    return true;
  }

  @Override
  public void beforeMatch(ServeEvent serveEvent, Parameters parameters) {
    lock.lock();
  }

  @Override
  public void afterMatch(ServeEvent serveEvent, Parameters parameters) {
    release();
  }

  // Should the match have thrown between the two, the lock is still let go before the answer leaves.
  @Override
  public void beforeResponseSent(ServeEvent serveEvent, Parameters parameters) {
    release();
  }

  private void release() {
    while (lock.isHeldByCurrentThread()) {
      lock.unlock();
    }
  }
}
