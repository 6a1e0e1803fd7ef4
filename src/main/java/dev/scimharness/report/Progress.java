package dev.scimharness.report;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Progress of a long run, for people watching a console or a CI log: how many scenarios ended of how many (when
 * known), how many failed so far, and for how long the run has gone.
 */
public final class Progress {
  private final AtomicInteger done = new AtomicInteger();
  private final AtomicInteger failed = new AtomicInteger();
  private final long startNanos;
  private volatile int total;

  public Progress(long startNanos) {
    this.startNanos = startNanos;
  }

  /** The number of scenarios the run holds; 0 while unknown (a tag filter selects some of them). */
  public void total(int n) {
    total = n;
  }

  public void ended(Outcome o) {
    done.incrementAndGet();
    if (o == Outcome.FAILED) {
      failed.incrementAndGet();
    }
  }

  /** {@code [conformance] 120/532 scenarios done, 2 failed so far, 12 s}. */
  public String line(long nowNanos) {
    int t = total;
    return "[conformance] " + done.get() + (t > 0 ? "/" + t : "") + " scenarios done, " + failed.get()
        + " failed so far, " + (nowNanos - startNanos) / 1_000_000_000L + " s";
  }
}
