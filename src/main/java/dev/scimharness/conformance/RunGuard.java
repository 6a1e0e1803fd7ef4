package dev.scimharness.conformance;

import dev.scimharness.endpoint.Exchange;
import dev.scimharness.endpoint.Request;
import dev.scimharness.endpoint.RequestGuard;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Set;

/**
 * The run's watch over its client. After {@code failAfter} requests in a row got no answer (refused, reset, timed
 * out) it gives up on the target: every later request is refused with {@link NotRun}, so the remaining scenarios
 * end at once as {@code not run}. In a read-only run it refuses every write with {@link WriteRefused}.
 */
public final class RunGuard implements RequestGuard {
  // POST to these only reads (RFC 7644 §3.4.3); every other POST, PUT, PATCH and DELETE changes the target.
  private static final Set<String> READING_POSTS = Set.of("/.search");
  private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

  private final int failAfter;
  private final boolean readOnly;
  private final Clock clock;
  private int inARow;
  private Instant firstOfRow;
  private volatile String gaveUp;

  public RunGuard(int failAfter, boolean readOnly, Clock clock) {
    this.failAfter = failAfter;
    this.readOnly = readOnly;
    this.clock = clock;
  }

  @Override
  public void admit(Request request) {
    String why = gaveUp;
    if (why != null) {
      throw new NotRun(why);
    }
    if (readOnly && isWrite(request)) {
      throw new WriteRefused("skipped: read-only run (scim.readOnly=true) and this scenario writes ("
          + request.method() + " " + pathOnly(request.path()) + ")");
    }
  }

  @Override
  public synchronized void observe(Exchange exchange) {
    if (exchange.answered()) {
      inARow = 0;
      firstOfRow = null;
      return;
    }
    if (inARow++ == 0) {
      firstOfRow = clock.instant();
    }
    if (inARow >= failAfter && gaveUp == null) {
      gaveUp = "target unreachable since " + firstOfRow.truncatedTo(ChronoUnit.SECONDS) + " (" + inARow
          + " requests in a row got no answer; last: " + exchange.error() + ")";
      System.err.println("[conformance] giving up: " + gaveUp);
    }
  }

  /** Gives up on the target for a reason found elsewhere (the preflight): every later request is refused. */
  public void giveUp(String why) {
    gaveUp = why;
  }

  /** Why the run gave up on the target, or {@code null} while it has not. */
  public String gaveUp() {
    return gaveUp;
  }

  static boolean isWrite(Request r) {
    String m = r.method().toUpperCase(Locale.ROOT);
    if (!WRITES.contains(m)) {
      return false;
    }
    String path = pathOnly(r.path());
    return !(m.equals("POST") && READING_POSTS.stream().anyMatch(path::endsWith));
  }

  private static String pathOnly(String path) {
    int q = path.indexOf('?');
    return q < 0 ? path : path.substring(0, q);
  }
}
