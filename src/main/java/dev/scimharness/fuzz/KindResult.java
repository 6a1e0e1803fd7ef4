package dev.scimharness.fuzz;

import java.util.Map;
import java.util.TreeMap;

/**
 * The tries of one kind against one target: how many ran and failed, how long they took, the split of outcomes, the
 * target's choices where the RFC allows several answers (each with how many tries showed it), the broken rules, and
 * the shrunk first failure ({@code null} when none failed).
 */
public record KindResult(FuzzKind kind, int tries, int failed, int setUpFailed, double seconds,
    Map<String, Long> outcomes, Map<String, Long> choices, Map<String, Long> rules, Counterexample counterexample) {
  public KindResult {
    outcomes = Map.copyOf(new TreeMap<>(outcomes));
    choices = Map.copyOf(new TreeMap<>(choices));
    rules = Map.copyOf(new TreeMap<>(rules));
  }

  public double triesPerSecond() {
    return seconds <= 0 ? 0 : tries / seconds;
  }
}
