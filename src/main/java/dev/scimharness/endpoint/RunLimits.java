package dev.scimharness.endpoint;

import java.time.Duration;

/**
 * How long the harness waits and how much it reads, so that no target can hang a run: a total deadline per
 * request, a cap on a response body, the number of consecutive unanswered requests after which a run gives up,
 * the preflight's own short timeouts; whether the run may write at all, and sweep at its end; and the most requests
 * per second it sends (0: no cap).
 */
public record RunLimits(
    Duration requestDeadline,
    long maxBodyBytes,
    int failAfter,
    Duration preflightConnect,
    Duration preflightRead,
    boolean readOnly,
    boolean sweep,
    double requestsPerSecond) {
  public static final long DEFAULT_MAX_BODY = 10L * 1024 * 1024;
  public static final int DEFAULT_FAIL_AFTER = 5;
  public static final Duration PREFLIGHT_CONNECT = Duration.ofSeconds(2);
  public static final Duration PREFLIGHT_READ = Duration.ofSeconds(5);

  public static RunLimits defaults(Duration connect, Duration read) {
    return new RunLimits(connect.plus(read), DEFAULT_MAX_BODY, DEFAULT_FAIL_AFTER, PREFLIGHT_CONNECT, PREFLIGHT_READ,
        false, true, 0);
  }
}
