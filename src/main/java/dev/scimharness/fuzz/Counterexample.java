package dev.scimharness.fuzz;

import java.util.List;

/**
 * The first failing try of a kind, as found and as shrunk: the case, the rules the shrunk case breaks, how many
 * requests it sends beyond its set-up, and its replay script.
 */
public record Counterexample(int tryIndex, String found, FuzzCase shrunk, List<Violation> violations,
    int shrinkSteps, String script, String scriptFile) {
  public Counterexample {
    violations = List.copyOf(violations);
  }

  public int requestsBeyondSetUp() {
    return shrunk.requests();
  }
}
