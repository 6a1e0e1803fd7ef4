package dev.scimharness.simulator;

import dev.scimharness.endpoint.RetryAfter;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * How an IdP meets 429 and 5xx answers: which statuses it retries, whether it waits as long as
 * {@code Retry-After} says, its exponential back-off otherwise, and when it gives up (after
 * {@code maxAttempts} tries, when the server asks for a longer wait than {@code maxWaitMillis}, or when
 * the whole request would take longer than {@code budgetMillis}).
 */
public record RetryPolicy(
    List<Integer> on,
    Boolean networkErrors,
    Integer maxAttempts,
    Boolean honourRetryAfter,
    Long initialBackoffMillis,
    Double multiplier,
    Long maxBackoffMillis,
    Long maxWaitMillis,
    Long budgetMillis) {

  public static final RetryPolicy DEFAULT = new RetryPolicy(null, null, null, null, null, null, null, null, null);

  public RetryPolicy {
    on = on == null ? List.of(429, 500, 502, 503, 504) : List.copyOf(on);
    networkErrors = networkErrors == null ? Boolean.TRUE : networkErrors;
    maxAttempts = maxAttempts == null ? 4 : maxAttempts;
    honourRetryAfter = honourRetryAfter == null ? Boolean.TRUE : honourRetryAfter;
    initialBackoffMillis = initialBackoffMillis == null ? 200L : initialBackoffMillis;
    multiplier = multiplier == null ? 2.0 : multiplier;
    maxBackoffMillis = maxBackoffMillis == null ? 5_000L : maxBackoffMillis;
    maxWaitMillis = maxWaitMillis == null ? 30_000L : maxWaitMillis;
    budgetMillis = budgetMillis == null ? 60_000L : budgetMillis;
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("retry.maxAttempts must be at least 1");
    }
  }

  public boolean retries(int status) {
    return Set.copyOf(on).contains(status);
  }

  /** The back-off before try {@code attempt + 1}, when the server gave no usable {@code Retry-After}. */
  public Duration backoff(int attempt) {
    double millis = initialBackoffMillis * Math.pow(multiplier, attempt - 1);
    return Duration.ofMillis((long) Math.min(millis, maxBackoffMillis));
  }
}
