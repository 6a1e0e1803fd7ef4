package dev.scimharness.learn;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.scimharness.scim.Json;
import java.util.List;

/**
 * Learns the retry policy from the one 429 the recording server provoked: whether the client sent the same request
 * again, and whether it waited as long as {@code Retry-After} asked. Everything a single 429 cannot show (5xx,
 * broken connections, how many tries, the back-off) is written as {@code unknown}.
 */
final class RetryLearner {
  /** A retry this much sooner than asked was the client's own back-off, not the server's wait. */
  private static final long HONOURED_MILLIS = Provocations.RETRY_AFTER_SECONDS * 1000L * 9 / 10;
  /** How far after the 429 the retry may come, other requests of a busy client in between. */
  private static final int LOOK_AHEAD = 5;
  private static final List<String> NOT_SHOWN = List.of("networkErrors", "maxAttempts", "initialBackoffMillis",
      "multiplier", "maxBackoffMillis", "maxWaitMillis", "budgetMillis");

  private RetryLearner() {}

  static ObjectNode learn(List<Recorded> traffic, Unknown unknown) {
    ObjectNode retry = Json.object();
    int at = -1;
    for (int i = 0; i < traffic.size(); i++) {
      if (traffic.get(i).provoked() == Recorded.Provoked.TOO_MANY_REQUESTS) {
        at = i;
        break;
      }
    }
    if (at < 0) {
      retry.put("on", Unknown.WORD);
      retry.put("honourRetryAfter", Unknown.WORD);
      unknown.add("retry.on", "no 429 was provoked");
      unknown.add("retry.honourRetryAfter", "no 429 was provoked");
    } else {
      Recorded throttled = traffic.get(at);
      Recorded again = null;
      for (int j = at + 1; j < Math.min(traffic.size(), at + 1 + LOOK_AHEAD) && again == null; j++) {
        again = traffic.get(j).sameRequestAs(throttled) ? traffic.get(j) : null;
      }
      ArrayNode on = retry.putArray("on");
      if (again != null) {
        on.add(429);
        long waited = (again.startedNanos() - throttled.endedNanos()) / 1_000_000;
        retry.put("honourRetryAfter", waited >= HONOURED_MILLIS);
      } else {
        retry.put("honourRetryAfter", Unknown.WORD);
        unknown.add("retry.honourRetryAfter", "the provoked 429 was not retried");
      }
      on.add(Unknown.WORD);
      unknown.add("retry.on", "only 429 was provoked; 5xx not");
    }
    for (String field : NOT_SHOWN) {
      retry.put(field, Unknown.WORD);
      unknown.add("retry." + field, "one 429 does not show it");
    }
    return retry;
  }
}
