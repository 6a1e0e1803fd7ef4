package dev.scimharness.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * The outcome of sending one request, retries included: every attempt's exchange (the last one not yet
 * judged), and the answer's JSON when it parsed ({@code null} otherwise, with {@code parseError} saying why).
 */
public record Answer(List<StepExchange> attempts, JsonNode json, String parseError, String giveUp) {
  public Answer {
    attempts = List.copyOf(attempts);
  }

  public StepExchange last() {
    return attempts.get(attempts.size() - 1);
  }

  public int status() {
    return last().status();
  }

  /** Earlier attempts (retried) followed by the last one with the verdict given. */
  public List<StepExchange> judged(Verdict v, String reason) {
    List<StepExchange> out = new java.util.ArrayList<>(attempts.subList(0, attempts.size() - 1));
    out.add(last().judged(v, reason));
    return out;
  }
}
